"""The browser harness itself: Chromium reaches the live server and signs in."""

from governance.rules.vocab import UserRole

from ..conftest import PASSWORD
from .conftest import sign_in


def test_a_director_signs_in_through_a_real_browser(page, live_url, seed):
    seed.user(UserRole.DIRECTOR, email="mark@example.org")
    sign_in(page, live_url, "mark@example.org", PASSWORD)
    assert page.get_by_text("mark@example.org (director)").is_visible()
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="Sign in").is_visible()
