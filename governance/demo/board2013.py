"""Demo board: the 2013 OpenStack Foundation Board of Directors meetings.

Plain data only. The loader turns it into bodies, seats, meetings, votes and texts.

Provenance
----------
Facts come from SOURCE: a director's (Mark McLoughlin's) blog write-ups of the board
meetings of February 12, April 14, May 30, June 27, August 6 and October 3, 2013.

Markers used on lines (or on a comment just above a block):

* ``# ref: "<quoted words>"`` -- the value is taken from the reference.
* ``# invented`` -- the reference does not give this value; it was made up to be plausible.
* ``# invented (public record: ...)`` -- not in the reference either, but chosen to match the
  foundation's own published record (wiki minutes and agendas, mailing-list summaries) rather
  than made up. Treat it as outside the reference all the same.

Standing conventions (not repeated on every line):

* The WORDING of every official summary, every set of minutes, every agenda note and every
  commentary is invented: it is a neutral paraphrase written for this demo. The FACTS in them
  come from the reference unless a comment above the text says otherwise.
* Every e-mail address is an invented placeholder on example.org.
* Motion movers, seconders, thresholds and voting methods are never reported by the reference:
  all of them are invented. Individual votes are invented except where a comment cites the
  reference; they always add up to what the reference reports.
* The reference says which directors spoke or presented; the rest of every roll call is invented
  (several follow the published minutes, as marked).
"""

from __future__ import annotations

SOURCE = "../shared/reference/000_a1d62a8b746820d8.txt"

# invented (public record: DLA Piper's Mark Radcliffe served as meeting secretary and recorded
# the minutes; the reference names him only as the foundation's outside/legal counsel)
SECRETARY = "mark-radcliffe"

ORGANIZATIONS: list[str] = [
    "SUSE",
    "Rackspace",
    "Red Hat",
    "IBM",
    "HP",
    "AT&T",
    "Canonical",
    "Nebula",
    "DreamHost",
    "Cisco",
    "Mirantis",
    "Yahoo!",
    "Dell",
    "Cloudscaling",
    "Piston Cloud Computing",
    "eNovance",
    "CERN",
    "Aptira",
    "OpenStack Foundation",
    "DLA Piper",
    "Open Invention Network",
    "Wikimedia Foundation",
]

# Affiliations: only Rackspace (Jim Curry), Nebula (Devin Carlen, Chris Kemp), the Open Invention
# Network (Keith Bergelt) and the Foundation staff (Jonathan Bryce, Mark Collier, Tom Fifield) are
# stated by the reference. Every other affiliation below is outside the reference and marked.
PEOPLE: list[dict] = [
    # --- directors -----------------------------------------------------------------------
    dict(
        key="alan-clark", name="Alan Clark", organization="SUSE", email="alan-clark@example.org"
    ),  # invented (public record: SUSE)
    dict(
        key="jim-curry", name="Jim Curry", organization="Rackspace", email="jim-curry@example.org"
    ),  # ref: "Rackspace's offices ... at Jim Curry's invitation"
    dict(
        key="brian-stevens",
        name="Brian Stevens",
        organization="Red Hat",
        email="brian-stevens@example.org",
    ),  # invented (public record: Red Hat)
    dict(
        key="todd-moore", name="Todd Moore", organization="IBM", email="todd-moore@example.org"
    ),  # invented (public record: IBM)
    dict(
        key="eileen-evans", name="Eileen Evans", organization="HP", email="eileen-evans@example.org"
    ),  # invented (public record: HP)
    dict(
        key="toby-ford", name="Toby Ford", organization="AT&T", email="toby-ford@example.org"
    ),  # invented (public record: AT&T director, not named in the reference)
    dict(
        key="kyle-macdonald",
        name="Kyle MacDonald",
        organization="Canonical",
        email="kyle-macdonald@example.org",
    ),  # invented (public record suggests Canonical; least certain affiliation here)
    dict(
        key="devin-carlen",
        name="Devin Carlen",
        organization="Nebula",
        email="devin-carlen@example.org",
    ),  # ref: "Devin Carlen who had been representing Nebula"
    dict(
        key="chris-kemp", name="Chris Kemp", organization="Nebula", email="chris-kemp@example.org"
    ),  # ref: "changes in his role at Nebula"
    dict(
        key="simon-anderson",
        name="Simon Anderson",
        organization="DreamHost",
        email="simon-anderson@example.org",
    ),  # invented (public record: DreamHost)
    dict(
        key="lew-tucker", name="Lew Tucker", organization="Cisco", email="lew-tucker@example.org"
    ),  # invented (public record: Cisco)
    dict(
        key="boris-renski",
        name="Boris Renski",
        organization="Mirantis",
        email="boris-renski@example.org",
    ),  # invented (public record: Mirantis)
    dict(
        key="sean-roberts",
        name="Sean Roberts",
        organization="Yahoo!",
        email="sean-roberts@example.org",
    ),  # invented (public record: Yahoo!)
    dict(
        key="john-igoe", name="John Igoe", organization="Dell", email="john-igoe@example.org"
    ),  # invented (public record: Dell director at the start of 2013; not named in the reference)
    dict(
        key="joseph-george",
        name="Joseph George",
        organization="Dell",
        email="joseph-george@example.org",
    ),  # invented (public record: Dell)
    dict(
        key="randy-bias",
        name="Randy Bias",
        organization="Cloudscaling",
        email="randy-bias@example.org",
    ),  # invented (public record: Cloudscaling)
    dict(
        key="joshua-mckenty",
        name="Joshua McKenty",
        organization="Piston Cloud Computing",
        email="joshua-mckenty@example.org",
    ),  # invented (public record: Piston)
    dict(
        key="nick-barcet",
        name="Nick Barcet",
        organization="eNovance",
        email="nick-barcet@example.org",
    ),  # invented (public record: eNovance)
    dict(
        key="tim-bell", name="Tim Bell", organization="CERN", email="tim-bell@example.org"
    ),  # invented (public record: CERN)
    dict(
        key="tristan-goode",
        name="Tristan Goode",
        organization="Aptira",
        email="tristan-goode@example.org",
    ),  # invented (public record: Aptira)
    dict(
        key="rob-hirschfeld",
        name="Rob Hirschfeld",
        organization="Dell",
        email="rob-hirschfeld@example.org",
    ),  # invented (public record: Dell)
    dict(
        key="mark-mcloughlin",
        name="Mark McLoughlin",
        organization="Red Hat",
        email="mark-mcloughlin@example.org",
    ),  # invented (public record: Red Hat)
    dict(
        key="monty-taylor", name="Monty Taylor", organization="HP", email="monty-taylor@example.org"
    ),  # invented (public record: HP)
    dict(
        key="troy-toman",
        name="Troy Toman",
        organization="Rackspace",
        email="troy-toman@example.org",
    ),  # invented (public record: Rackspace)
    # Lauren Sell was Foundation staff AND an elected individual director in 2013 (public record:
    # the Feb 12, Aug 6 and Oct 17 2013 minutes list her among the directors present).
    dict(
        key="lauren-sell",
        name="Lauren Sell",
        organization="OpenStack Foundation",
        email="lauren-sell@example.org",
    ),  # invented (public record: Foundation staff)
    dict(
        key="hui-cheng", name="Hui Cheng", organization=None, email="hui-cheng@example.org"
    ),  # invented (public record: 2013 director; affiliation unknown, left empty)
    dict(
        key="jonathan-bryce",
        name="Jonathan Bryce",
        organization="OpenStack Foundation",
        email="jonathan-bryce@example.org",
    ),  # ref: "Jonathan Bryce ... from the Foundation staff"
    # --- staff, counsel, committee members and guests ----------------------------------------
    dict(
        key="mark-radcliffe",
        name="Mark Radcliffe",
        organization="DLA Piper",
        email="mark-radcliffe@example.org",
    ),  # ref: "Mark Radcliffe, our outside council"; firm invented (public record)
    dict(
        key="mark-collier", name="Mark Collier", organization="OpenStack Foundation", email=None
    ),  # ref: "Jonathan Bryce and Mark from the Foundation staff"
    dict(
        key="heidi-bretz", name="Heidi Bretz", organization="OpenStack Foundation", email=None
    ),  # invented (public record: Foundation staff)
    dict(
        key="tom-fifield", name="Tom Fifield", organization="OpenStack Foundation", email=None
    ),  # ref: "Tom ... (as a Foundation staff member)"
    dict(
        key="alice-king", name="Alice King", organization="Rackspace", email=None
    ),  # invented (public record: "Alice King of Rackspace")
    dict(
        key="nissa-strottman", name="Nissa Strottman", organization="HP", email=None
    ),  # invented (public record: "Nissa Strottman of HP")
    dict(
        key="van-lindberg", name="Van Lindberg", organization="Rackspace", email=None
    ),  # invented (public record: "Van Lindberg of Rackspace")
    dict(
        key="keith-bergelt", name="Keith Bergelt", organization="Open Invention Network", email=None
    ),  # ref: "Keith Bergelt, CEO of the Open Invention Network"
    dict(
        key="ryan-lane", name="Ryan Lane", organization="Wikimedia Foundation", email=None
    ),  # invented (public record: "Ryan Lane of Wikimedia")
    dict(
        key="jc-martin", name="JC Martin", organization=None, email=None
    ),  # ref: "Tim, Ryan Lane and JC Martin"
]

BODIES: list[dict] = [
    dict(
        key="board",
        name="Board of Directors",
        kind="board",
        quorum_rule="majority_of_seated",  # ref: "more than 50% of the board members, and so had sufficient quorum"
        default_threshold="majority_of_votes_cast",  # invented
        member_limit=None,
        per_org_limit=2,  # ref: "there is a limit of two members per organization"
        recused_count_for_quorum=True,
    ),
    dict(
        key="transparency-committee",
        name="Transparency Committee",  # ref: "the board's Transparency Committee"
        kind="committee",
        quorum_rule="majority_of_seated",
        default_threshold="majority_of_votes_cast",  # invented
        member_limit=None,
        per_org_limit=None,
        recused_count_for_quorum=True,
    ),
    dict(
        key="gold-member-committee",
        name="Prospective Gold Member Committee",  # ref: "the Prospective Gold Member Committee"
        kind="committee",
        quorum_rule="majority_of_seated",
        default_threshold="majority_of_votes_cast",  # invented
        member_limit=None,
        per_org_limit=None,
        recused_count_for_quorum=True,
    ),
    dict(
        key="legal-affairs-committee",
        name="Legal Affairs Committee",
        kind="committee",
        quorum_rule="majority_of_seated",
        default_threshold="majority_of_votes_cast",  # invented
        member_limit=5,  # ref: "the strict five member limit in the bylaws"
        per_org_limit=None,
        recused_count_for_quorum=True,
    ),
    dict(
        key="user-committee",
        name="User Committee",
        kind="committee",
        quorum_rule="majority_of_seated",
        default_threshold="majority_of_votes_cast",  # invented
        member_limit=None,
        per_org_limit=None,
        recused_count_for_quorum=True,
    ),
    dict(
        key="election-committee",
        name="Election Process Committee",  # ref: "reconstitute the Election Process Committee"
        kind="committee",
        quorum_rule="majority_of_seated",
        default_threshold="majority_of_votes_cast",  # invented
        member_limit=None,
        per_org_limit=None,
        recused_count_for_quorum=True,
    ),
]

# Board seats. The reference gives the 8/8/8 shape ("21 of the 24 members of the board"), the
# chairman and the Nebula change; seat classes and term dates are outside it. The 2013 board is
# taken as the calendar year (invented).
#
# Doubt: the reference says Devin Carlen "had been representing Nebula and the Gold Members".
# Nebula was one of the eight Platinum members (public record), and the 24 named directors only
# fit 8 platinum / 8 gold / 8 individual seats with Nebula's seat as platinum, so it is recorded
# as platinum here.
MEMBERSHIPS: list[dict] = [
    # --- platinum-member appointees -------------------------------------------------------------
    dict(
        person="alan-clark",
        body="board",
        seat_class="platinum",
        role="chair",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # ref: "Our chairman, Alan Clark"; seat class invented (public record)
    dict(
        person="jim-curry",
        body="board",
        seat_class="platinum",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="brian-stevens",
        body="board",
        seat_class="platinum",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="todd-moore",
        body="board",
        seat_class="platinum",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="eileen-evans",
        body="board",
        seat_class="platinum",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="toby-ford",
        body="board",
        seat_class="platinum",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="kyle-macdonald",
        body="board",
        seat_class="platinum",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record suggests it)
    dict(
        person="devin-carlen",
        body="board",
        seat_class="platinum",
        role="member",
        term_start="2013-01-01",
        term_end="2013-09-30",
    ),  # ref: "a replacement for Devin Carlen"; class: see doubt above; end date invented
    dict(
        person="chris-kemp",
        body="board",
        seat_class="platinum",
        role="member",
        term_start="2013-10-01",
        term_end="2013-12-31",
    ),  # ref: "Alan introduced Chris Kemp as a replacement"; start date invented
    # --- gold-member directors ------------------------------------------------------------------
    dict(
        person="simon-anderson",
        body="board",
        seat_class="gold",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="lew-tucker",
        body="board",
        seat_class="gold",
        role="vice_chair",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # ref: "Lew Tucker acted as chairman in place of Alan Clark"; vice chair invented (public record)
    dict(
        person="boris-renski",
        body="board",
        seat_class="gold",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="sean-roberts",
        body="board",
        seat_class="gold",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="randy-bias",
        body="board",
        seat_class="gold",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="joshua-mckenty",
        body="board",
        seat_class="gold",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="nick-barcet",
        body="board",
        seat_class="gold",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    # --- individual-member directors (ref: "the 8 individual board members") -----------------
    dict(
        person="tim-bell",
        body="board",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="tristan-goode",
        body="board",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="rob-hirschfeld",
        body="board",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="mark-mcloughlin",
        body="board",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="monty-taylor",
        body="board",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="troy-toman",
        body="board",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    dict(
        person="lauren-sell",
        body="board",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record: staff member elected as individual director)
    dict(
        person="hui-cheng",
        body="board",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented (public record)
    # --- gold seats of Dell, listed after Rob Hirschfeld (Dell, individual) on purpose: the seat
    # service checks the two-per-organization limit against every seat overlapping the new term,
    # so Rob must already be seated when the successive Igoe and George terms are added.
    dict(
        person="john-igoe",
        body="board",
        seat_class="gold",
        role="member",
        term_start="2013-01-01",
        term_end="2013-03-31",
    ),  # invented (public record: Dell's gold director early in 2013; end date invented)
    dict(
        person="joseph-george",
        body="board",
        seat_class="gold",
        role="member",
        term_start="2013-04-01",
        term_end="2013-12-31",
    ),  # invented (public record: new director introduced at the April meeting)
    # --- ex officio, without a vote ---------------------------------------------------------------
    # The reference notes the executive director had no automatic seat ("the executive director
    # would be granted a new, automatic seat"); he is modelled as a non-voting ex officio member
    # so that he sees the board's material.
    dict(
        person="jonathan-bryce",
        body="board",
        seat_class="ex_officio",
        role="non_voting",
        term_start="2013-01-01",
        term_end="2013-12-31",
    ),  # invented
    #
    # --- committees ------------------------------------------------------------------------------
    # Seat classes mean nothing on a committee; directors keep their board class, others are
    # recorded as "individual" and Foundation staff as "ex_officio" (invented convention).
    #
    # Transparency Committee: ref (Feb 12): "We wrapped this up by gathering volunteers".
    dict(
        person="joshua-mckenty",
        body="transparency-committee",
        seat_class="gold",
        role="chair",
        term_start="2013-02-12",
        term_end=None,
    ),  # ref: "an update from Joshua McKenty on the progress of the board's Transparency Committee"; chair role invented
    dict(
        person="nick-barcet",
        body="transparency-committee",
        seat_class="gold",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="jonathan-bryce",
        body="transparency-committee",
        seat_class="ex_officio",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="alan-clark",
        body="transparency-committee",
        seat_class="platinum",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="eileen-evans",
        body="transparency-committee",
        seat_class="platinum",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="tristan-goode",
        body="transparency-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="rob-hirschfeld",
        body="transparency-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="kyle-macdonald",
        body="transparency-committee",
        seat_class="platinum",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="mark-mcloughlin",
        body="transparency-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="lauren-sell",
        body="transparency-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    # Prospective Gold Member Committee: ref (May 30): "The members of the committee will be Simon
    # Anderson, Devin Carlen, Rob Hirschfeld, Joseph George, Sean Roberts and Nick Barcet."
    dict(
        person="simon-anderson",
        body="gold-member-committee",
        seat_class="gold",
        role="chair",
        term_start="2013-05-30",
        term_end=None,
    ),  # chair invented (public record: "Simon Anderson (chairperson)")
    dict(
        person="devin-carlen",
        body="gold-member-committee",
        seat_class="platinum",
        role="member",
        term_start="2013-05-30",
        term_end="2013-09-30",
    ),  # end date invented (left the board)
    dict(
        person="rob-hirschfeld",
        body="gold-member-committee",
        seat_class="individual",
        role="member",
        term_start="2013-05-30",
        term_end=None,
    ),
    dict(
        person="joseph-george",
        body="gold-member-committee",
        seat_class="gold",
        role="member",
        term_start="2013-05-30",
        term_end=None,
    ),
    dict(
        person="sean-roberts",
        body="gold-member-committee",
        seat_class="gold",
        role="member",
        term_start="2013-05-30",
        term_end=None,
    ),
    dict(
        person="nick-barcet",
        body="gold-member-committee",
        seat_class="gold",
        role="member",
        term_start="2013-05-30",
        term_end=None,
    ),
    # Legal Affairs Committee (five-member limit): only three members are named in the reference.
    dict(
        person="alice-king",
        body="legal-affairs-committee",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end="2013-06-27",
    ),  # ref: "Alice King is stepping down from her role on the Legal Affairs Committee"; start invented
    dict(
        person="nissa-strottman",
        body="legal-affairs-committee",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end=None,
    ),  # ref: "presented the work of the Legal Affairs Committee"; start invented
    dict(
        person="van-lindberg",
        body="legal-affairs-committee",
        seat_class="individual",
        role="member",
        term_start="2013-06-27",
        term_end=None,
    ),  # ref: "a motion to appoint Van Lindberg to the committee"
    # User Committee: ref (Aug 6): "The committee currently consists of Tim, Ryan Lane and JC Martin."
    dict(
        person="tim-bell",
        body="user-committee",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end=None,
    ),  # start invented
    dict(
        person="ryan-lane",
        body="user-committee",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end=None,
    ),  # start invented
    dict(
        person="jc-martin",
        body="user-committee",
        seat_class="individual",
        role="member",
        term_start="2013-01-01",
        term_end=None,
    ),  # start invented
    # Election Process Committee: ref (Feb 12): "Todd as chair and the 8 individual board members".
    dict(
        person="todd-moore",
        body="election-committee",
        seat_class="platinum",
        role="chair",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="tim-bell",
        body="election-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="tristan-goode",
        body="election-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="rob-hirschfeld",
        body="election-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="mark-mcloughlin",
        body="election-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="monty-taylor",
        body="election-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="troy-toman",
        body="election-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="lauren-sell",
        body="election-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
    dict(
        person="hui-cheng",
        body="election-committee",
        seat_class="individual",
        role="member",
        term_start="2013-02-12",
        term_end=None,
    ),
]


# =====================================================================================================
# Minutes, official summaries and commentary texts (wording invented, facts from the reference).
# =====================================================================================================

FEB_MINUTES = """\
# Minutes — Board of Directors, February 12, 2013

**Place:** Rackspace offices, San Francisco (in person, with telephone participation).
**Time:** 10:00–18:00 Pacific.
**Chair:** Alan Clark. **Secretary:** Mark Radcliffe (by telephone).

## Roll call
Nineteen of the 24 directors were present: eighteen in person and Tim Bell by telephone.
Five directors were unable to attend. Kyle MacDonald left at 14:45. Also present: Jonathan
Bryce (Executive Director) and Mark Collier of the Foundation staff; Mark Radcliffe, outside
counsel (by telephone); Ryan Lane (User Committee) and Alice King and Nissa Strottman (Legal
Affairs Committee) for their items. Quorum was present.

## Board policies
The chair reviewed existing board policies: observers may attend board meetings except
executive sessions, and directors do not blog or tweet about a meeting until the official
summary has been posted to the foundation list. The board discussed how the topics of executive
sessions can be described publicly and whether votes arising from them can be held in public.
Rob Hirschfeld proposed that the board first agree on the criteria for a decision and then apply them.

## User Committee
Ryan Lane presented the committee's progress, its mandate ("fighting for the users"), its first
goals (a charter and a set of user categories) and its Google Doc for comment. The board
discussed ways of gathering data about users (CRM, polls, anonymous usage reporting, aggregated
statistics); Joshua McKenty posted a blueprint for an opt-in tracking system. Several directors
asked the committee to appoint a diverse set of members quickly rather than hold elections.
The board thanked the committee for its work.

## Legal Affairs Committee: patents and risk mitigation
Alice King and Nissa Strottman presented background on patents, the risk landscape (including
non-practicing entities), the patent grant in the Apache License and approaches taken by other
communities (OIN, GPLv3, Open Compute, Eclipse), and an additional contributor agreement.
Brian Stevens described how the OIN works; Eileen Evans noted the burden a new contributor
agreement would place on large companies. The board discussed whether patent risk hinders
adoption (consensus: not a major issue) and defensive publication of developer ideas. The
committee's scope, name and make-up were briefly revisited.

## Financial report
Sean Roberts reported for the Financial Oversight committee on the first financial audit and the
updated forecast for the year. The board thanked the committee and staff.

## Transparency
Joshua McKenty proposed a transparency policy and a committee to finalize it. Volunteers: Nick
Barcet, Jonathan Bryce, Alan Clark, Eileen Evans, Tristan Goode, Rob Hirschfeld, Kyle MacDonald,
Joshua McKenty, Mark McLoughlin and Lauren Sell.

## Executive Director's report
Jonathan Bryce reported on community and ecosystem growth, the hiring plan (two positions still
open) and the updated budget (slightly more income and expense than planned, net positive).
**Motion 1** — approve the updated 2013 budget: **carried**.
Lauren Sell reported on summit planning (Havana; venue selection for October 2013; a rough
East Coast US / Asia / West Coast US / Europe rotation), the marketing community and an
independent study of OpenStack's marketing impact.

## Strategy session
Jonathan Bryce presented the "platform ecosystem" thesis; directors brainstormed on
interoperability, reference architectures and engaging users, then met in breakout groups.

## Election Process Committee
Todd Moore raised whether Foundation staff should run for individual director seats, and possible
conflicts of interest. **Motion 2** — reconstitute the Election Process Committee, chaired by Todd
Moore with the eight individual directors, to consider this and the eligibility to run and vote
for those seats: **carried**.

The meeting adjourned at 18:00.
"""

FEB_SUMMARY = """\
# Board meeting summary — February 12, 2013

The Board of Directors met in person at Rackspace's offices in San Francisco from 10:00 to 18:00
Pacific time; one director joined by telephone and five could not attend.

- **Board policies.** The chairman reviewed the board's policies: observers are welcome except
  during executive sessions, and directors do not comment publicly on a meeting until this
  summary is posted. Directors discussed how executive-session topics and any votes arising from
  them could be made public.
- **User Committee.** Ryan Lane presented the committee's mandate and early goals and invited
  comments on its working document. The board encouraged the committee to add a diverse set of
  members quickly and with little bureaucracy.
- **Patents.** Alice King and Nissa Strottman of the Legal Affairs Committee presented on patent
  risk, the Apache License patent grant and approaches used by other communities.
- **Finances.** Sean Roberts reported on the first financial audit and the updated forecast.
- **Transparency.** Joshua McKenty proposed a transparency policy; ten volunteers formed a
  committee to finalize it.
- **Foundation update and budget.** Jonathan Bryce reported on community growth and hiring; the
  board approved the updated 2013 budget. Lauren Sell reported on summit planning and marketing.
- **Strategy.** Directors brainstormed on interoperability, reference architectures and user
  engagement, including Tempest-based API compatibility scorecards for trademark licensing.
- **Elections.** The board reconstituted the Election Process Committee, chaired by Todd Moore with
  the eight individual directors, to review eligibility to run and vote for individual seats.
"""

APR_MINUTES = """\
# Minutes — Board of Directors, April 14, 2013

**Place:** Portland, Oregon, the day before the OpenStack Summit (in person; observers seated).
**Chair:** Alan Clark. **Secretary:** Mark Radcliffe.

## Roll call and minutes
Twenty-one of the 24 directors were present; three were absent. Quorum was present.
**Motion 1** — approve the minutes of the February 12, 2013 meeting: **carried** (four abstentions).

## Transparency Committee
Joshua McKenty reported. Document management for the board (OwnCloud, Google Drive, Dropbox,
GitHub considered): Nick Barcet and Monty Taylor to ask the OpenStack Infrastructure team to host
OwnCloud. Draft transparency policy (Lauren Sell with Mark Radcliffe): an open board mailing list,
with confidential material kept in the document store. The board agreed that embargoed
information should carry a disclosure date. A transparency ombudsman was discussed.

## 2013 individual director elections
Rob Hirschfeld led a discussion of possible election changes and the bylaws-amendment timeline
(proposal in August, notice in September, vote in October). A bylaws change needs a majority of
individual members with 25% turnout (28% at the previous election).

## Legal Affairs Committee
Mark McLoughlin proposed a legal-discuss mailing list and a FAQ page for licensing and copyright
questions from the technical community, with disclaimers. Mark McLoughlin and Alice King to look at
the committee's scope and the five-member limit in the bylaws.

## Gold member applications
Juniper and Ericsson presented their applications. The board then met in executive session.
On reconvening, the board voted in public session:
**Motion 2** — admit Ericsson as a Gold Member: **carried**.
**Motion 3** — admit Juniper as a Gold Member: **carried**.
Rob Hirschfeld and Joshua McKenty restated publicly that future plans differ from "demonstrated
commitment". Simon Anderson proposed a membership committee to mentor applicants; the board agreed
to set one up. Gold member seats filled: 16 of 24.

## Programs
Monty Taylor introduced the idea of "programs" alongside projects. General support; to be
discussed further.

## Joint session with the Technical Committee
Michael Still and Thierry Carrez joined. A joint design summit session was suggested.

## User Committee
Tim Bell reported on the user survey; coverage of deployments was discussed.

## Incubation Update Committee
Alan Clark presented the committee's final report. Core status and the trademark programme need
further, urgent discussion; no time remained.
"""

APR_SUMMARY = """\
# Board meeting summary — April 14, 2013

The Board of Directors held an all-day, in-person meeting in Portland on the day before the
OpenStack Summit. Members of the community attended as observers.

- **Minutes.** The board approved the minutes of its February 12 meeting.
- **Transparency.** The Transparency Committee reported on a document store for the board and on a
  draft transparency policy. The board agreed that embargoed information should carry a
  disclosure date; the idea of a transparency ombudsman was raised.
- **Elections.** Rob Hirschfeld led a discussion of possible changes to the individual director
  elections and of the timeline any bylaws change would need.
- **Legal.** The board discussed a public legal-discuss mailing list and FAQ for licensing
  questions from the technical community, and the scope and size of the Legal Affairs Committee.
- **Gold members.** Ericsson and Juniper presented their applications. The board held an
  executive session on the gold member applications and then, in public session, approved both
  companies as Gold Members. Some directors restated their view that plans differ from
  demonstrated commitment; the board agreed to form a committee to mentor future applicants.
- **Programs.** Monty Taylor introduced the idea of "programs" alongside projects.
- **Technical Committee.** A joint session was held with the TC members present.
- **Users.** Tim Bell presented the User Committee's survey.
- **Incubation.** Alan Clark presented the Incubation Update Committee's final report; the board
  will return to Core status and the trademark programme.
"""

MAY_MINUTES = """\
# Minutes — Board of Directors, May 30, 2013

**Place:** conference call (open to listeners). **Time:** 09:00–11:00 Pacific.
**Chair:** Lew Tucker, in place of Alan Clark. **Secretary:** Mark Radcliffe.

## Roll call and minutes
Twenty of the 24 directors were present. Quorum was present.
**Motion 1** — approve the minutes of the April 14, 2013 meeting: **carried** (three abstentions).

## Training and certification
Mark Collier presented the Foundation's work-in-progress plans: a trademark programme requiring
all OpenStack training and credentialling providers to include a Foundation-developed baseline of
material and tests. Jim Curry and Boris Renski asked whether it would hinder the growth of training
offerings; Jonathan Bryce said the aim is a common baseline, not to stop competition. Nick Barcet
and Todd Moore supported it (Nick compared it to LPI certification). Further discussion needed.
The "Built for OpenStack" mark continues to be used for training until then.

## Next meeting
Thursday June 27, 09:00–11:00 Pacific.

## Prospective Gold Member Committee
Simon Anderson described the committee agreed at the previous meeting: it mentors applicants and
does not vet them; applicants who ignore its advice may still be heard by the board.
**Motion 2** — committee membership: Simon Anderson (chair), Devin Carlen, Rob Hirschfeld, Joseph
George, Sean Roberts and Nick Barcet: **carried**.

## Executive Director's update
International events; the Portland summit (2,600 attendees against 1,300 six months earlier;
Wi-Fi and over-full rooms); finances; the first audit; audited 2012 financials expected in August.

## Role of Core
Rob Hirschfeld will bring directors together on what "Core" means.

## Standards bodies
Randy Bias passed on an IEEE approach on interoperability; Joshua McKenty disagreed. Joshua
McKenty to update the board on refstack.

## Meeting summaries
Joshua McKenty raised a director's blog summary of the previous meeting under the board's
no-comment-before-the-official-summary policy and its mention of the executive-session agenda.
Jonathan Bryce and Mark McLoughlin responded.
"""

MAY_SUMMARY = """\
# Board meeting summary — May 30, 2013

The Board of Directors met by telephone for two hours; Lew Tucker chaired in place of Alan Clark.

- **Minutes.** The board approved the minutes of its April 14 meeting.
- **Training.** Mark Collier presented early plans for official OpenStack training and
  certification, including a trademark programme built on a common baseline. Directors raised
  concerns and support; proposals will be refined before any decision. Training providers keep
  using the "Built for OpenStack" mark in the meantime.
- **Next meeting.** June 27, 09:00–11:00 Pacific.
- **Gold member applicants.** Simon Anderson described the new Prospective Gold Member Committee,
  which mentors applicants rather than vetting them. The board confirmed its members.
- **Foundation update.** Jonathan Bryce reported on international events, record attendance in
  Portland, finances and the first audit.
- **Core.** Rob Hirschfeld will convene directors to discuss what "Core" means.
- **Standards bodies.** Directors discussed a possible IEEE collaboration on interoperability.
- **Meeting summaries.** The board discussed its policy on directors' public comments after meetings.
"""

JUN_MINUTES = """\
# Minutes — Board of Directors, June 27, 2013

**Place:** conference call (open to observers). **Time:** 09:00–11:00 Pacific.
**Chair:** Alan Clark. **Secretary:** Mark Radcliffe.

## Roll call and minutes
Nineteen of the 24 directors were present; Jim Curry, Devin Carlen, Nick Barcet, Todd Moore and
Troy Toman were absent. Quorum was present.
**Motion 1** — approve the minutes of the May 30, 2013 meeting: **carried** (four abstentions).

## Meeting confidentiality policy
Reviewed: directors do not comment on proceedings until the official summary is posted; the
official record is the summary and the minutes; executive sessions are confidential.

## Certificate of incorporation
Jonathan Bryce explained that the Foundation is filing for 501(c)(6) status and that the
certificate only allows assets to pass to a 501(c)(3) organization on winding up.
**Motion 2** — amend the certificate of incorporation to allow transfer to 501(c)(6)
organizations as well: **carried unanimously**.

## Transparency policy
Lauren Sell introduced the formal draft policy. Document management is still open (OwnCloud not
yet prioritized by the Infrastructure team). Mark McLoughlin suggested a new board list open for
read-only subscription. Lauren Sell to open a discussion on the foundation list.

## Summits and marketing
Lauren Sell and Mark Collier reported on the Hong Kong summit (November 5–8, 2013), passes,
sponsorship, translation, a travel support programme (see the embargoed item), feedback from the
Portland survey, the 2014 summits and the marketing community.

## Patent cooperation
Members of the Legal Affairs Committee presented options: a pledge modelled on Google's Open
Patent Non-Assertion Pledge, or OIN-style cross-licensing. A decision is hoped for in November.

## Legal Affairs Committee
Alice King is stepping down. **Motion 3** — appoint Van Lindberg to the Legal Affairs Committee:
**carried**.

## Other
Rob Hirschfeld reported on "what is core" (six position statements). Brief discussion of training.
"""

JUN_SUMMARY = """\
# Board meeting summary — June 27, 2013

The Board of Directors met by telephone for two hours. The meeting was open to observers.

- **Minutes.** The board approved the minutes of its May 30 meeting.
- **Confidentiality.** The board reviewed its meeting confidentiality policy.
- **Certificate of incorporation.** The board unanimously approved a minor amendment so that, on
  a winding up, the Foundation's assets may pass to 501(c)(6) as well as 501(c)(3) organizations,
  in line with its application for 501(c)(6) status.
- **Transparency policy.** Lauren Sell introduced a draft formal policy; discussion will continue
  on the foundation mailing list before adoption.
- **Summits and marketing.** Lauren Sell and Mark Collier reported on the Hong Kong summit
  (November 5–8, 2013): venue and hotels, two kinds of pass, Mandarin translation in the main hall,
  sponsorship and lessons from Portland. A travel support programme for key contributors will be
  announced separately. Venues for the 2014 summits are under consideration.
- **Patent cooperation.** The Legal Affairs Committee presented options for wider patent
  cooperation; a decision is hoped for in November.
- **Legal Affairs Committee.** Alice King is stepping down; the board appointed Van Lindberg.
- **Core.** Rob Hirschfeld reported on his position statements on "what is core".
"""

AUG_MINUTES = """\
# Minutes — Board of Directors, August 6, 2013

**Place:** conference call (open to observers). **Time:** 09:00–11:00 Pacific.
**Chair:** Alan Clark. **Secretary:** Mark Radcliffe.

## Roll call and minutes
Seventeen of the 24 directors were present. Quorum was present.
**Motion 1** — approve the minutes of the June 27, 2013 meeting: **carried**; Todd Moore, Troy
Toman, Nick Barcet, Devin Carlen and Jim Curry abstained, not having been present at that meeting.

## Patent cooperation
Keith Bergelt (CEO, Open Invention Network) presented the OIN and a fourth proposal developed with
the Legal Affairs Committee: a formal relationship, members encouraged to join the OIN, joint press
releases and work with the TC to keep OpenStack in the OIN's Linux System Definition.

## Legal Affairs Committee
Van Lindberg continued the patent discussion: some members will never join the OIN; the
Foundation could take over OpenStack LLC's OIN agreement and offer a separate limited licence to
non-members; a patent defence fund was raised again. Eileen Evans noted the Apache License's patent
grant and raised concerns about an indemnity programme. No decision; more dialogue needed.

## Training
Jonathan Bryce presented two proposals: a training licensing programme replacing the use of the
"Built for OpenStack" mark, and a baseline certification test (6–9 months of preparation).
**Motion 2** — support the Foundation staff in its efforts to create a baseline certification
testing program for OpenStack: **carried unanimously**.

## User Committee
Tim Bell: the committee (Tim Bell, Ryan Lane, JC Martin) needs help without widening access to
confidential survey data; Tom Fifield (Foundation staff) may act as go-between without signing the
NDA; sub-groups are being explored.

## What is core
Rob Hirschfeld: discussion widening to the TC and the community; flowchart; "required" and
"alternate" implementations.

## Other updates
Election process: Todd Moore and Rob Hirschfeld met Foundation counsel on Delaware law; proposals
at the next meeting. Gold member applicants: Simon Anderson working with staff on expectations.
Compensation Committee: mid-year review of the Executive Director's goals on track.
Next meetings: October 3 at 09:00 Pacific; all-day in Hong Kong on November 4.
"""

AUG_SUMMARY = """\
# Board meeting summary — August 6, 2013

The Board of Directors met by telephone for two hours. The meeting was open to anyone to join.

- **Minutes.** The board approved the minutes of its June 27 meeting; five directors who had not
  attended that meeting abstained.
- **Patents.** Keith Bergelt of the Open Invention Network presented how the OIN could help create
  an environment of patent non-aggression around OpenStack, and Van Lindberg of the Legal Affairs
  Committee discussed options for members inside and outside the OIN and the threat of patent
  trolls. No decision was taken; discussion continues.
- **Training.** The board voted unanimously to support the Foundation staff in creating a baseline
  certification testing program for OpenStack; a training licensing programme is also planned.
- **User Committee.** Tim Bell described plans to widen participation while protecting the
  confidentiality of survey responses, with help from Foundation staff.
- **Core.** Rob Hirschfeld reported on the widening "what is core" discussion.
- **Other.** Election-process proposals are expected at the next meeting; the Compensation
  Committee's mid-year review found the Executive Director's goals on track.
- **Next meetings.** October 3 (telephone) and November 4 (in person, Hong Kong).
"""

OCT_MINUTES = """\
# Minutes — Board of Directors, October 3, 2013 (circulated, not yet approved)

**Place:** conference call (open to anyone). **Time:** 09:00–11:00 Pacific.
**Chair:** Alan Clark. **Secretary:** Mark Radcliffe.

## Roll call, new director and minutes
Twenty-one of the 24 directors were present. Quorum was present. The chair introduced Chris Kemp,
replacing Devin Carlen as Nebula's director.
**Motion 1** — approve the minutes of the August 6, 2013 meeting: **carried**.

## Executive Director's report
Training Marketplace launched at LinuxCon (12 companies, 30+ cities, 10,000+ visitors in two
weeks). Hong Kong summit: 600+ talk submissions (250 for Portland), 2,000 full-access passes,
likely to sell out. Budget outlook for 2014: surplus over $1M going into 2014, continued investment
in technology and infrastructure, staffing costs levelling off; 4 new gold members projected.
Questions from Eileen Evans, Joseph George, Rob Hirschfeld, Lew Tucker and Joshua McKenty.

## Election Committee report
Todd Moore presented the committee's conclusions on three questions. Gold director eligibility
rules for 2013 were verified as properly enforced.
**Motion 2** — not to fundamentally change the individual director voting system: **carried**;
Monty Taylor against, no abstentions.
The "max 4 votes per candidate" option was dropped after counsel advised that it would need a
bylaws change. **Motion 3** — on Foundation employees' eligibility for board seats: **withdrawn**.
The board restated the code of conduct on respecting the election process. Action: the committee
to analyse the next election's results.

## Postponed
The remaining items were postponed to the in-person meeting in Hong Kong.
"""

OCT_SUMMARY = """\
# Board meeting summary — October 3, 2013

The Board of Directors met by telephone for two hours; 21 of 24 directors attended.

- **New director.** Chris Kemp joined the board, replacing Devin Carlen as Nebula's director.
- **Minutes.** The board approved the minutes of its August 6 meeting.
- **Foundation update.** Jonathan Bryce reported on the new Training Marketplace, preparations for
  the Hong Kong summit (full-access passes are limited and expected to sell out) and an early view
  of the 2014 budget and the Foundation's priorities for the year.
- **Elections.** Todd Moore presented the Election Committee's conclusions. The board voted not to
  fundamentally change the individual director voting system (one director against, no
  abstentions). A "max 4 votes per candidate" option was dropped because it would need a bylaws
  change, and a motion on Foundation employees serving as directors was withdrawn. No election
  changes will be put to the members this cycle. The board restated that all members must respect
  the election process under the community code of conduct. The committee will analyse the
  results of the next election. Its full report will be published separately.
- **Postponed.** The remaining agenda items move to the in-person meeting in Hong Kong on November 4.
"""


# =====================================================================================================
# Meetings
# =====================================================================================================

MEETINGS: list[dict] = [
    # -------------------------------------------------------------------------------------------------
    # February 12, 2013 — San Francisco
    # -------------------------------------------------------------------------------------------------
    dict(
        key="2013-02-12",
        body="board",
        title="Board of Directors meeting — February 12, 2013 (San Francisco)",
        starts_at="2013-02-12 10:00",  # ref: "The meeting kicked off at 10am"
        timezone="America/Los_Angeles",  # ref: "Rackspace's offices in San Francisco"
        kind="hybrid",  # ref: "first in-person meeting" ... "Tim Bell was on the phone"
        location="Rackspace offices, 620 Folsom Street, San Francisco, CA",  # ref: "Rackspace's offices in San Francisco"; street invented (public record)
        chair="alan-clark",  # invented (public record); ref: "Alan Clark reviewed some of the existing board policies"
        agenda_released_at="2013-02-05 12:00",  # invented
        summary_release_at="2013-02-14 18:59",  # invented (public record: Jonathan Bryce's list post, 2013-02-15 02:59 UTC)
        status="adjourned",  # ref: "We wrapped up at 6pm sharp"
        # ref: "5 board members couldn't attend and Tim Bell was on the phone."
        # invented: which five (public record lists Simon Anderson, Hui Cheng, Jim Curry and John
        # Igoe as absent and Devin Carlen "by telephone for morning sessions only"; he is counted
        # absent here to match the reference's five) and Kyle MacDonald's departure (public record).
        attendance=[
            dict(
                person="alan-clark",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="jim-curry", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented (public record)
            dict(
                person="brian-stevens",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Brian Stevens talked about how the OIN works"
            dict(
                person="todd-moore",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Todd Moore raised the question"
            dict(
                person="eileen-evans",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Eileen Evans described"
            dict(
                person="toby-ford",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="kyle-macdonald",
                status="in_person",
                arrived_at=None,
                departed_at="14:45",
                reason=None,
            ),  # departure invented (public record: "left at 2:45")
            dict(
                person="devin-carlen",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (see note above)
            dict(
                person="simon-anderson",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="lew-tucker",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="boris-renski",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="sean-roberts",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Sean Roberts presented a report"
            dict(
                person="john-igoe", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented (public record)
            dict(
                person="randy-bias",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="joshua-mckenty",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Josh McKenty was next up presenting"
            dict(
                person="nick-barcet",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Monty, Nick Barcet and I attended a Technical Committee meeting"
            dict(
                person="tim-bell", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref: "Tim Bell was on the phone"
            dict(
                person="tristan-goode",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="rob-hirschfeld",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Rob Hirschfeld proposed"
            dict(
                person="mark-mcloughlin",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: author, travelled "halfway around the world"
            dict(
                person="monty-taylor",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Monty brought his usual wackiness"
            dict(
                person="troy-toman",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="lauren-sell",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Lauren Sell filled the board in"
            dict(
                person="hui-cheng", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented (public record)
        ],
        guests=[
            # The Executive Director holds a non-voting ex officio seat; the roll call lists
            # voting members only, so he is recorded here.
            dict(
                name="Jonathan Bryce",
                capacity="guest",
                note="Executive Director (ex officio, non-voting); in person",
            ),  # ref: "Also attending were Jonathan Bryce"
            dict(
                name="Mark Collier", capacity="guest", note="Foundation staff"
            ),  # ref: "Jonathan Bryce and Mark from the Foundation staff"
            dict(
                name="Mark Radcliffe",
                capacity="guest",
                note="Outside counsel, by telephone; meeting secretary",
            ),  # ref: "Mark Radcliffe, our outside council, was on the phone"; secretary invented
            dict(
                name="Ryan Lane",
                capacity="guest",
                note='User Committee; presented, then left to get some "real work" done',
            ),  # ref
            dict(
                name="Alice King", capacity="guest", note="Legal Affairs Committee; presented"
            ),  # ref
            dict(
                name="Nissa Strottman", capacity="guest", note="Legal Affairs Committee; presented"
            ),  # ref
        ],
        agenda=[
            dict(
                key="a1",
                title="Roll call and review of board policies",
                kind="discussion",
                presenters=[
                    "alan-clark"
                ],  # ref: "Alan Clark reviewed some of the existing board policies"
                notes=(
                    "Formal roll call: five directors absent, Tim Bell on the phone.\n\n"
                    "Policies reviewed:\n\n"
                    "- observers are allowed at board meetings, except in executive sessions;\n"
                    "- directors do not blog or tweet until an official summary of the meeting has been "
                    "posted to the foundation list.\n\n"
                    "Discussion of how executive sessions should be handled: how their topics can be "
                    "described, and whether votes arising from them can be held publicly. Rob Hirschfeld "
                    "proposed that decisions first agree on the criteria and then apply them, to avoid "
                    "circular debates."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a2",
                title="User Committee update",
                kind="report",
                presenters=["ryan-lane"],  # ref: "Ryan Lane presented an update"
                notes=(
                    'Mandate: "fighting for the users". Initial goals: a charter and a set of categories '
                    "of users; a Google Doc is open for review and comment.\n\n"
                    "Discussion of how to gather data about users: a CRM system, user polls, anonymous "
                    "usage reporting, aggregated statistics. Josh McKenty posted a blueprint for an opt-in "
                    "tracking system.\n\n"
                    "On adding members, the committee proposed elections by geography or user category; "
                    "several directors asked it instead to appoint a diverse set of members quickly with "
                    "minimal bureaucracy. The board thanked the committee and expressed its support."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a3",
                title="Legal Affairs Committee: patents and risk mitigation",
                kind="report",
                presenters=["alice-king", "nissa-strottman"],  # ref
                notes=(
                    "Background on patents and the risk landscape: competitors suing each other, and "
                    'non-practicing entities ("patent trolls"). The Apache License patent grant mitigates '
                    "much of the risk but does little against NPEs.\n\n"
                    "Approaches of other communities: OIN, GPLv3, Open Compute, Eclipse; an additional "
                    "contributor agreement. Brian Stevens described how the OIN works and that it is not "
                    "strictly limited to Linux; many larger Foundation members are OIN members. Eileen Evans "
                    "said a new contributor agreement would be a massive bureaucratic challenge for large "
                    "companies.\n\n"
                    "Consensus that patent risk is not a major barrier to adoption; the Foundation should do "
                    "due diligence without overstating the risk. Defensive publication of developer ideas "
                    "(e.g. from blueprints) discussed. The committee's scope, name and make-up revisited briefly."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a4",
                title="Financial report",
                kind="report",
                presenters=[
                    "sean-roberts"
                ],  # ref: "Sean Roberts presented a report on the work of the Financial Oversight committee"
                notes=(
                    "Progress on the Foundation's first financial audit and the updated financial forecast "
                    "for the year. Uncontroversial; the board praised the committee and staff for their diligence."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a5",
                title="Transparency policy and committee",
                kind="discussion",
                presenters=["joshua-mckenty"],  # ref
                notes=(
                    "Proposed goal: to improve transparency and foster collaboration between the foundation "
                    "members and the board, technical committee, user committee and other committees; to draft "
                    "statements and prototype systems changes for board review and approval.\n\n"
                    "Discussion of quantifying the problem and knowing when the work is done.\n\n"
                    "Volunteers: Nick Barcet, Jonathan Bryce, Alan Clark, Eileen Evans, Tristan Goode, Rob "
                    "Hirschfeld, Kyle MacDonald, Joshua McKenty, Mark McLoughlin, Lauren Sell."
                ),
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a6",
                title="Executive Director's report and updated budget",
                kind="decision",
                presenters=["jonathan-bryce", "lauren-sell"],  # ref
                notes=(
                    "Growth of the developer and user communities and the ecosystem; patches merged per month; "
                    "praise for the infrastructure team. Hiring plan: almost to plan, two positions open "
                    "(an infrastructure engineer and a community manager).\n\n"
                    "Updated budget: slightly more money coming in and going out than planned, net positive.\n\n"
                    "Events and marketing (Lauren Sell): Havana summit planning in hand, costs rising more "
                    "linearly with attendance; venue selection for the October 2013 summit; a rough two-year "
                    "rotation East Coast US, Asia, West Coast US, Europe; start early on October 2014. "
                    "Marketing community mailing list (almost 100 members) and regular calls. An independent "
                    "study of OpenStack's marketing impact, being checked with its authors."
                ),
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a7",
                title="Strategy session",
                kind="discussion",
                presenters=["jonathan-bryce"],  # ref
                notes=(
                    'Thesis: OpenStack is building a "platform ecosystem" with strong network effects. '
                    "Sticky-note exercise and breakout groups on interoperability, reference architectures "
                    "and engaging users. Highlights:\n\n"
                    "- explore Tempest as an API compatibility test producing a scorecard for trademark "
                    "licensing, with required results updated each release;\n"
                    '- explore reference architecture "flavours", possibly defined as Heat templates;\n'
                    "- deployment tracking tools are crucial to engaging users."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a8",
                title="Election Process Committee",
                kind="decision",
                presenters=["todd-moore"],  # ref
                notes=(
                    "Todd Moore asked whether Foundation staff running for individual director seats wastes a "
                    "board seat, and raised possible conflicts of interest. No time to debate; the committee "
                    "is reconstituted to consider the question and the eligibility to run and vote for these "
                    "seats. Members: Todd Moore (chair) and the eight individual directors."
                ),
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
        ],
        # invented: mover, seconder, threshold, method and individual votes for both motions; the
        # reference says only that they passed. Kyle MacDonald had left and does not vote.
        motions=[
            dict(
                key="m1",
                agenda="a6",
                text="To approve the updated 2013 budget as presented by the Executive Director.",  # ref: "A motion was passed to approve the new budget."
                mover="sean-roberts",
                seconder="lew-tucker",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented; status ref
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="voice",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "brian-stevens",
                        "todd-moore",
                        "eileen-evans",
                        "toby-ford",
                        "lew-tucker",
                        "boris-renski",
                        "sean-roberts",
                        "randy-bias",
                        "joshua-mckenty",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "troy-toman",
                        "lauren-sell",
                    )
                ],  # invented
            ),
            dict(
                key="m2",
                agenda="a8",
                text=(
                    "To reconstitute the Election Process Committee, chaired by Todd Moore and comprising the "
                    "eight individual directors, to consider whether Foundation staff should be eligible to run "
                    "for individual director seats and, generally, the eligibility to run and vote for those seats."
                ),  # ref: "the board resolved to reconstitute the Election Process Committee"
                mover="todd-moore",
                seconder="tim-bell",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="voice",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "brian-stevens",
                        "todd-moore",
                        "eileen-evans",
                        "toby-ford",
                        "lew-tucker",
                        "boris-renski",
                        "sean-roberts",
                        "randy-bias",
                        "joshua-mckenty",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "troy-toman",
                        "lauren-sell",
                    )
                ],  # invented
            ),
        ],
        # invented: due dates and statuses
        action_items=[
            dict(
                title="Transparency Committee to propose a process, criteria and timeline",
                owner="joshua-mckenty",
                due="2013-04-14",
                status="done",
            ),  # ref: April "update from Joshua McKenty"; due invented
            dict(
                title="Election Process Committee to review staff eligibility and eligibility to run and vote for individual seats",
                owner="todd-moore",
                due="2013-10-03",
                status="done",
            ),  # ref: report delivered Oct 3; due invented
        ],
        minutes=dict(
            status="approved", body=FEB_MINUTES
        ),  # invented: approved by the April 14 motion below
        summary=dict(body=FEB_SUMMARY),
        commentary=[
            dict(
                author="mark-mcloughlin",
                body=(
                    "Mark McLoughlin's write-up of the first in-person meeting of the 2013 board: meeting "
                    "colleagues in person (Monty Taylor in a flashing orange fedora for Mardi Gras), how "
                    "hard it is for people dialled in to take part, and a TC meeting over IRC at lunch that "
                    "unanimously updated the incubation process. He highlights the strategy breakouts "
                    "(Tempest scorecards, reference architectures) and the evening's conversations with "
                    "the Foundation staff, which alone justified the trip."
                ),
            ),
        ],
    ),
    # -------------------------------------------------------------------------------------------------
    # April 14, 2013 — Portland
    # -------------------------------------------------------------------------------------------------
    dict(
        key="2013-04-14",
        body="board",
        title="Board of Directors meeting — April 14, 2013 (Portland)",
        starts_at="2013-04-14 09:00",  # invented (public record: agenda "9:00 am, Pacific Daylight Time")
        timezone="America/Los_Angeles",  # ref: "the day before the OpenStack Summit in Portland"
        kind="in_person",  # ref: "an all-day, in-person meeting"
        location="Hilton Portland, Galleria South meeting room, Portland, Oregon",  # city ref; venue invented (public record)
        chair="alan-clark",  # invented (public record)
        agenda_released_at="2013-04-08 12:00",  # invented
        # invented: the reference says the official summary slipped ("we've let things slide this time")
        summary_release_at="2013-05-03 17:00",  # invented
        status="adjourned",
        # invented: the whole roll call except the directors the reference shows taking part
        # (Joshua McKenty, Nick Barcet, Monty Taylor, Mark McLoughlin, Rob Hirschfeld, Simon Anderson,
        # Tim Bell, Alan Clark).
        attendance=[
            dict(
                person="alan-clark",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Alan Clark presented the final report"
            dict(
                person="jim-curry",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="brian-stevens",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="todd-moore",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="eileen-evans",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="toby-ford", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented
            dict(
                person="kyle-macdonald",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="devin-carlen",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="simon-anderson",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Simon Anderson proposed"
            dict(
                person="lew-tucker",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="boris-renski",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented
            dict(
                person="sean-roberts",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="joseph-george",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="randy-bias",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="joshua-mckenty",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="nick-barcet",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="tim-bell",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Tim Bell stepped up"
            dict(
                person="tristan-goode",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="rob-hirschfeld",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="mark-mcloughlin",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Monty and I were obviously already present"
            dict(
                person="monty-taylor",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="troy-toman",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="lauren-sell",
                status="in_person",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="hui-cheng", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented
        ],
        guests=[
            # The Executive Director holds a non-voting ex officio seat; the roll call lists
            # voting members only, so he is recorded here.
            dict(
                name="Jonathan Bryce",
                capacity="guest",
                note="Executive Director (ex officio, non-voting); in person",
            ),
            dict(
                name="Michael Still", capacity="guest", note="Technical Committee; joint session"
            ),  # ref: "Michael Still and Thierry Carrez also joined"
            dict(
                name="Thierry Carrez", capacity="guest", note="Technical Committee; joint session"
            ),  # ref
            dict(
                name="Ericsson representatives",
                capacity="guest",
                note="Gold Membership applicant; presented (names not in the reference)",
            ),  # ref: "presentations from Juniper and Ericsson"
            dict(
                name="Juniper representatives",
                capacity="guest",
                note="Gold Membership applicant; presented (names not in the reference)",
            ),  # ref
            dict(
                name="Mark Radcliffe",
                capacity="guest",
                note="Foundation counsel; meeting secretary",
            ),  # invented (public record: "Minutes recorded by Mark Radcliffe")
            dict(
                name="Members of the community",
                capacity="observer",
                note="Chairs were set up for anyone who wished to listen",
            ),  # ref: "we had chairs set up so that anyone who wished to attend"
        ],
        agenda=[
            # invented: the roll call item and the approval of the February minutes (not in the reference)
            dict(
                key="a1",
                title="Roll call and approval of the February 12 minutes",
                kind="decision",
                presenters=["alan-clark"],  # invented
                notes="Roll call; new directors introduced; minutes of the February 12, 2013 meeting.",
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a2",
                title="Transparency Committee update",
                kind="discussion",
                presenters=["joshua-mckenty"],  # ref
                notes=(
                    "**Document management.** Nick Barcet's evaluation: OwnCloud, Google Drive, Dropbox, "
                    "GitHub. Google Drive and Dropbox would not be accessible to all directors. Foundation "
                    "staff also need a document system; one may serve both. Nick Barcet and Monty Taylor to "
                    "see whether the OpenStack Infrastructure team could host OwnCloud.\n\n"
                    "**Transparency policy** (Lauren Sell and Mark Radcliffe drafting): balance a culture of "
                    "openness with the need to keep some information (legal, personnel) confidential. "
                    "Approach: an open board mailing list; confidential information shared as private "
                    "documents in a document store and referred to from the list. The distinction between "
                    "confidential and embargoed information was discussed: **embargoed information should "
                    "have a disclosure date.**\n\n"
                    "**Ombudsman.** A person trusted by the community to receive transparency complaints; "
                    "could be a Foundation employee with an established reputation for independence."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a3",
                title="2013 individual director elections",
                kind="discussion",
                presenters=["rob-hirschfeld"],  # ref
                notes=(
                    "Any bylaws change needs a firm proposal to the board in August, notice in September and "
                    "a vote in October, in time for the elections. A bylaws change requires a majority vote of "
                    "the individual members with 25% turnout (28% at the previous election). Objectives for "
                    "changes touched on only briefly for lack of time."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a4",
                title="Legal Affairs Committee: support for the technical community",
                kind="discussion",
                presenters=["mark-mcloughlin"],  # ref: "a discussion (led by me)"
                notes=(
                    "The technical community needs subject-matter experts for copyright and licensing issues. "
                    "Proposal (Richard Fontana's idea): a legal-discuss mailing list open to any expert, plus a "
                    "FAQ wiki page for conclusions; disclaimers so that opinions are not taken as legal advice.\n\n"
                    "Also discussed: the committee's scope as described in the bylaws, and the strict "
                    "five-member limit. Mark McLoughlin to work with Alice King on both."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a5",
                title="Gold Member applications: Ericsson and Juniper presentations",
                kind="report",
                presenters=["Ericsson representatives", "Juniper representatives"],  # ref
                notes="Juniper and Ericsson presented their applications for Gold Membership.",
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a6",
                title="Executive session: Gold Member applications",
                kind="executive_session",
                presenters=[],
                # ref: "During the executive session, the board reviewed each application using the
                # previously agreed criteria." — confidential; never in the public summary.
                notes="The board reviewed each application against the previously agreed membership criteria.",
                outcome="discussed",
                disclosure="confidential",
                disclosed_at=None,
                public_topic="Gold Member applications of Ericsson and Juniper",  # ref: the topic was public
            ),
            dict(
                key="a7",
                title="Gold Member applications: public vote",
                kind="decision",
                presenters=["alan-clark"],  # invented
                notes=(
                    "The board reconvened in public session and voted on the applications; both were approved.\n\n"
                    "Concerns restated publicly: Rob Hirschfeld and Joshua McKenty noted that future plans to "
                    'increase engagement are not the same as the "demonstrated commitment" in the membership '
                    "criteria. Applicants could provide much more written detail, e.g. a resume of their "
                    "involvement with and commitment to OpenStack. Simon Anderson proposed a membership "
                    "committee to mentor applicants on preparing their applications; the board agreed to set "
                    "one up.\n\n"
                    "In all, the applications and the gold member process took about four hours. With Ericsson "
                    "and Juniper, 16 of the 24 gold member slots are filled."
                ),
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a8",
                title='OpenStack "programs"',
                kind="discussion",
                presenters=["monty-taylor"],  # ref
                notes=(
                    'Monty Taylor introduced "programs" alongside projects, to recognize efforts like '
                    "documentation and CI on an equal footing with integrated projects (Oslo, TripleO and "
                    "puppet recipes also mentioned). General support for the concept; needs further discussion."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a9",
                title="Joint session with the Technical Committee",
                kind="discussion",
                presenters=[],
                notes=(
                    "TC members invited: Monty Taylor and Mark McLoughlin already present; Michael Still and "
                    "Thierry Carrez joined. Others had not arrived in Portland or did not know of the session. "
                    "Idea: a joint design summit session at the next summit for better attendance."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a10",
                title="User Committee: user survey",
                kind="report",
                presenters=["tim-bell"],  # ref
                notes=(
                    "Overview of the committee's first survey of OpenStack users (results to be presented at "
                    "the summit). How representative is it? Tim Bell's estimate: 50–75% of deployments; Joshua "
                    "McKenty's: under 25%. Future surveys and an opt-in usage statistics tool discussed."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a11",
                title="Incubation Update Committee: final report",
                kind="discussion",
                presenters=["alan-clark"],  # ref
                notes=(
                    "The board supported the committee's work. Further discussion needed on Core status and the "
                    'trademark programme: official names for projects such as Heat and Ceilometer ("OpenStack '
                    'Measurement"), and whether clouds using the OpenStack brand must run all Core projects or '
                    "pass targeted interoperability tests. Agreed to be important and urgent; out of time."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
        ],
        motions=[
            # invented: this whole motion (the reference does not mention approving February's minutes)
            dict(
                key="m1",
                agenda="a1",
                text="To approve the minutes of the February 12, 2013 meeting of the Board of Directors.",  # invented
                mover="mark-mcloughlin",
                seconder="tristan-goode",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # invented
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of="2013-02-12",
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "brian-stevens",
                        "todd-moore",
                        "eileen-evans",
                        "kyle-macdonald",
                        "lew-tucker",
                        "sean-roberts",
                        "randy-bias",
                        "joshua-mckenty",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "troy-toman",
                        "lauren-sell",
                    )
                ]
                + [
                    dict(
                        person="jim-curry", choice="abstain", reason="not present at that meeting"
                    ),
                    dict(
                        person="devin-carlen",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="simon-anderson",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="joseph-george",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                ],  # invented
            ),
            # invented: mover, seconder, threshold, method, individual votes; ref: "The applications
            # of both Ericsson and Juniper were approved."
            dict(
                key="m2",
                agenda="a7",
                text="To approve the application of Ericsson for Gold Membership of the OpenStack Foundation.",  # ref
                mover="lew-tucker",
                seconder="simon-anderson",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "jim-curry",
                        "brian-stevens",
                        "todd-moore",
                        "eileen-evans",
                        "kyle-macdonald",
                        "devin-carlen",
                        "simon-anderson",
                        "lew-tucker",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "joshua-mckenty",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "troy-toman",
                        "lauren-sell",
                    )
                ],  # invented
            ),
            dict(
                key="m3",
                agenda="a7",
                text="To approve the application of Juniper for Gold Membership of the OpenStack Foundation.",  # ref
                mover="lew-tucker",
                seconder="simon-anderson",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "jim-curry",
                        "brian-stevens",
                        "todd-moore",
                        "eileen-evans",
                        "kyle-macdonald",
                        "devin-carlen",
                        "simon-anderson",
                        "lew-tucker",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "joshua-mckenty",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "troy-toman",
                        "lauren-sell",
                    )
                ],  # invented
            ),
        ],
        # due dates invented
        action_items=[
            dict(
                title="Ask the OpenStack Infrastructure team to host OwnCloud as the board's document store",
                owner="nick-barcet",
                due="2013-06-27",
                status="open",
            ),  # ref (June): "still on the team's to-do list"
            dict(
                title="Create a legal-discuss mailing list and a legal issues FAQ page",
                owner="mark-mcloughlin",
                due="2013-05-30",
                status="done",
            ),  # ref: "we've since created the legal-discuss mailing list"
            dict(
                title="Work with Alice King on the Legal Affairs Committee's scope and five-member limit",
                owner="mark-mcloughlin",
                due="2013-05-30",
                status="done",
            ),  # ref: "we put together the Legal Affairs Committee wiki page"
        ],
        minutes=dict(
            status="approved", body=APR_MINUTES
        ),  # invented (public record: approved May 30)
        summary=dict(body=APR_SUMMARY),
        commentary=[
            dict(
                author="mark-mcloughlin",
                body=(
                    "Mark McLoughlin's belated write-up of the all-day Portland meeting, open to observers for "
                    "the first time. He covers the transparency work (document store, confidential versus "
                    "embargoed information), the election timeline, his legal-discuss proposal, and the four "
                    "hours spent on the Ericsson and Juniper applications, both approved, with the board's "
                    "expectations of applicants rising as gold slots fill up. Time ran out for the "
                    "important Core and trademark discussion."
                ),
            ),
        ],
    ),
    # -------------------------------------------------------------------------------------------------
    # May 30, 2013 — conference call
    # -------------------------------------------------------------------------------------------------
    dict(
        key="2013-05-30",
        body="board",
        title="Board of Directors meeting — May 30, 2013 (conference call)",
        starts_at="2013-05-30 09:00",  # invented (public record: "9:00am PDT/1600 UTC"); ref: "for two hours"
        timezone="America/Los_Angeles",  # invented
        kind="call",  # ref: "met over the phone for two hours"
        location=None,
        chair="lew-tucker",  # ref: "Lew Tucker acted as chairman in place of Alan Clark"
        agenda_released_at="2013-05-23 12:00",  # invented; ref: "agenda was posted in advance to our wiki page"
        summary_release_at="2013-05-30 12:13",  # invented (public record: list post 19:13 UTC); ref: "The official summary was posted earlier"
        status="adjourned",
        # invented: roll call except directors the reference shows speaking; Alan Clark absent is
        # inferred from Lew Tucker chairing "in place of" him.
        attendance=[
            dict(
                person="alan-clark", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented
            dict(
                person="jim-curry", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref: "Jim Curry and Boris Renski kicked off the discussion"
            dict(
                person="brian-stevens",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented
            dict(
                person="todd-moore", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref
            dict(
                person="eileen-evans",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented
            dict(
                person="toby-ford", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="kyle-macdonald",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented
            dict(
                person="devin-carlen",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="simon-anderson",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="lew-tucker", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref
            dict(
                person="boris-renski",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="sean-roberts",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="joseph-george",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="randy-bias", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref: "Randy Bias mentioned"
            dict(
                person="joshua-mckenty",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="nick-barcet",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="tim-bell", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="tristan-goode",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="rob-hirschfeld",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="mark-mcloughlin",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="monty-taylor",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="troy-toman", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="lauren-sell",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "One concern expressed by Lauren Sell"
            dict(
                person="hui-cheng", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
        ],
        guests=[
            # The Executive Director holds a non-voting ex officio seat; the roll call lists
            # voting members only, so he is recorded here.
            dict(
                name="Jonathan Bryce",
                capacity="guest",
                note="Executive Director (ex officio, non-voting); by telephone",
            ),  # ref
            dict(
                name="Mark Collier",
                capacity="guest",
                note="Foundation staff; presented on training",
            ),  # ref
            dict(
                name="Mark Radcliffe",
                capacity="guest",
                note="Foundation counsel; meeting secretary",
            ),  # invented
            dict(
                name="Public listeners",
                capacity="observer",
                note="The call was open to anyone who cared to listen in",
            ),  # ref
        ],
        agenda=[
            dict(
                key="a1",
                title="Roll call and approval of the April 14 minutes",
                kind="decision",
                presenters=["lew-tucker"],  # invented
                notes="Roll call; minutes of the April 14, 2013 meeting.",  # invented (public record)
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a2",
                title="Training and certification programs",
                kind="discussion",
                presenters=["mark-collier"],  # ref
                notes=(
                    "Work-in-progress plans for official OpenStack training and certification. Demand for "
                    "OpenStack skills exceeds supply; the Foundation wants to add experts, grow the community "
                    "and establish a shared base knowledge set, and to encourage the training already offered "
                    "around the world.\n\n"
                    "Proposal: a new trademark programme requiring all OpenStack training and credentialling "
                    "providers to include a base set of material and tests developed by the Foundation, so that "
                    "all official courses share basic content and quality.\n\n"
                    "Jim Curry and Boris Renski worried the programme could hinder the growth of training "
                    "offerings. Jonathan Bryce: the intent is a common baseline, not to stop providers competing "
                    "with more content. Nick Barcet and Todd Moore said OpenStack needs this; Nick compared it "
                    "with Linux Professional Institute certification.\n\n"
                    'Conclusion: further discussion needed before concrete steps. Mark Collier: the "Built for '
                    'OpenStack" mark continues to be used for training until an alternative is in place.'
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a3",
                title="Date of the next board meeting",
                kind="discussion",
                presenters=[],
                notes="Based on directors' availability: Thursday, June 27, 09:00–11:00 Pacific.",  # ref
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a4",
                title="Prospective Gold Member Committee",
                kind="decision",
                presenters=["simon-anderson"],  # ref
                notes=(
                    "Agreed at the previous meeting. When a company expresses interest in Gold Membership, the "
                    "committee works with staff and the applicant so the application is well prepared, acting "
                    "as a mentor and explaining what is expected of Gold Members.\n\n"
                    "Lauren Sell and others: the committee must not become a vetting committee; it has no "
                    "mandate to turn candidates away, and an applicant who ignores its advice can still be "
                    "heard by the board. Accepted by all.\n\n"
                    "Members: Simon Anderson, Devin Carlen, Rob Hirschfeld, Joseph George, Sean Roberts, Nick Barcet."
                ),
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a5",
                title="Executive Director's update",
                kind="report",
                presenters=["jonathan-bryce"],  # ref
                notes=(
                    "International OpenStack events and meetings with significant users; their stories show the "
                    "global user community.\n\n"
                    "Portland summit: 2,600 attendees against 1,300 six months before; feedback overwhelmingly "
                    "positive; complaints about Wi-Fi and over-subscribed breakouts. More network investment "
                    "and revised room layouts planned for Hong Kong.\n\n"
                    "Finances in good shape; a surplus from Portland. The first audit is well advanced; audited "
                    "2012 financials expected in August, a milestone toward non-profit status."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a6",
                title="Role of Core",
                kind="discussion",
                presenters=["rob-hirschfeld"],  # ref
                notes=(
                    'Rob Hirschfeld wants to bring together directors to discuss what "Core" status means and '
                    "should mean; he sees whether core projects need a plugin architecture as the key."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a7",
                title="Working with standards bodies",
                kind="discussion",
                presenters=["randy-bias"],  # ref
                notes=(
                    "Randy Bias was approached by the IEEE about working with OpenStack on interoperability and "
                    "standardization; other bodies' experience could help. Joshua McKenty disagreed: "
                    "standardization bodies are often ineffective and would slow interoperability work. "
                    "Conclusion: individuals may talk to and learn from whoever they wish. Joshua McKenty to "
                    "update the board on his refstack work."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a8",
                title="Meeting summaries and the confidentiality policy",
                kind="discussion",
                presenters=["joshua-mckenty"],  # ref
                notes=(
                    "Joshua McKenty felt Mark McLoughlin's summary of the previous meeting breached the board's "
                    "policy that directors make no public comment until the official summary is published, "
                    "and that mentioning the executive session's agenda breached its confidentiality. Jonathan "
                    "Bryce and Mark McLoughlin: the official summary had not appeared in a reasonable time and "
                    "Jonathan had given the go-ahead; the executive session's agenda had not been kept private "
                    "during the public part of the meeting."
                ),
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
        ],
        motions=[
            # invented: this motion (public record: "the Board approved the minutes of the April 14th meeting")
            dict(
                key="m1",
                agenda="a1",
                text="To approve the minutes of the April 14, 2013 meeting of the Board of Directors.",  # invented
                mover="rob-hirschfeld",
                seconder="monty-taylor",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # invented
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of="2013-04-14",
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "jim-curry",
                        "todd-moore",
                        "devin-carlen",
                        "simon-anderson",
                        "lew-tucker",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "joshua-mckenty",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "troy-toman",
                        "lauren-sell",
                    )
                ]
                + [
                    dict(
                        person="toby-ford", choice="abstain", reason="not present at that meeting"
                    ),
                    dict(
                        person="boris-renski",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="hui-cheng", choice="abstain", reason="not present at that meeting"
                    ),
                ],  # invented
            ),
            # invented: this motion (ref only lists the members; public record: "The Board voted to
            # added new members to the committee")
            dict(
                key="m2",
                agenda="a4",
                text=(
                    "To appoint Simon Anderson (chair), Devin Carlen, Rob Hirschfeld, Joseph George, Sean Roberts "
                    "and Nick Barcet as the members of the Prospective Gold Member Committee."
                ),
                mover="lew-tucker",
                seconder="lauren-sell",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # invented
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="voice",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "jim-curry",
                        "todd-moore",
                        "toby-ford",
                        "devin-carlen",
                        "simon-anderson",
                        "lew-tucker",
                        "boris-renski",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "joshua-mckenty",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "troy-toman",
                        "lauren-sell",
                        "hui-cheng",
                    )
                ],  # invented
            ),
        ],
        # due dates and statuses invented
        action_items=[
            dict(
                title="Update the board on the refstack work",
                owner="joshua-mckenty",
                due="2013-06-27",
                status="open",
            ),  # ref: "Josh also agreed to provide the board with an update"
            dict(
                title="Bring directors together to discuss what Core status means",
                owner="rob-hirschfeld",
                due="2013-08-06",
                status="done",
            ),  # ref (June): "Rob has held a couple of meetings"
            dict(
                title="Refine the training and certification proposals for a later meeting",
                owner="jonathan-bryce",
                due="2013-06-27",
                status="done",
            ),  # invented owner/due; ref: revisited in June and August
        ],
        minutes=dict(
            status="approved", body=MAY_MINUTES
        ),  # invented: approved June 27 (motion below)
        summary=dict(body=MAY_SUMMARY),
        commentary=[
            dict(
                author="mark-mcloughlin",
                body=(
                    "Mark McLoughlin's notes on the May 30 call, chaired by Lew Tucker: the debate over a "
                    'trademark programme for OpenStack training ("expect to see plenty more discussion"), '
                    "the mentoring, not vetting, mandate of the new gold member committee, Jonathan Bryce's "
                    "upbeat report on Portland, and the standards-bodies exchange. He also gives his side of "
                    "the argument over his previous meeting write-up."
                ),
            ),
        ],
    ),
    # -------------------------------------------------------------------------------------------------
    # June 27, 2013 — conference call
    # -------------------------------------------------------------------------------------------------
    dict(
        key="2013-06-27",
        body="board",
        title="Board of Directors meeting — June 27, 2013 (conference call)",
        starts_at="2013-06-27 09:00",  # ref (May 30 post): "Thursday, June 27 between 9am and 11am Pacific time"
        timezone="America/Los_Angeles",  # ref: "Pacific time"
        kind="call",  # ref: "met for two hours via conference call"
        location=None,
        chair="alan-clark",  # invented (public record)
        agenda_released_at="2013-06-20 12:00",  # invented; ref: "the agenda was published in advance"
        summary_release_at="2013-06-28 05:10",  # invented (public record: list post 12:10 UTC); ref: "Jonathan Bryce published an official summary"
        status="adjourned",
        # ref (Aug 6): "Todd, Troy, Nick, Devin and Jim all abstained because they weren't present at
        # that meeting." Those five are absent; that everyone else attended is invented.
        attendance=[
            dict(
                person="alan-clark", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="jim-curry", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # ref (Aug 6 abstention)
            dict(
                person="brian-stevens",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="todd-moore", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # ref (Aug 6 abstention)
            dict(
                person="eileen-evans",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="toby-ford", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="kyle-macdonald",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="devin-carlen",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref (Aug 6 abstention)
            dict(
                person="simon-anderson",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="lew-tucker", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="boris-renski",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="sean-roberts",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="joseph-george",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="randy-bias", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="joshua-mckenty",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="nick-barcet",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref (Aug 6 abstention)
            dict(
                person="tim-bell", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="tristan-goode",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="rob-hirschfeld",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Rob Hirschfeld gave an update"
            dict(
                person="mark-mcloughlin",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "I suggested"
            dict(
                person="monty-taylor",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="troy-toman", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # ref (Aug 6 abstention)
            dict(
                person="lauren-sell",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="hui-cheng", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
        ],
        guests=[
            # The Executive Director holds a non-voting ex officio seat; the roll call lists
            # voting members only, so he is recorded here.
            dict(
                name="Jonathan Bryce",
                capacity="guest",
                note="Executive Director (ex officio, non-voting); by telephone",
            ),  # ref: "Jonathan explained"
            dict(
                name="Mark Collier",
                capacity="guest",
                note="Foundation staff; summit and marketing update",
            ),  # ref
            dict(
                name="Alice King",
                capacity="guest",
                note="Legal Affairs Committee; patent cooperation options",
            ),  # invented (public record); ref names only "several members of the Legal Affairs Committee"
            dict(
                name="Nissa Strottman",
                capacity="guest",
                note="Legal Affairs Committee; patent cooperation options",
            ),  # invented (public record)
            dict(
                name="Mark Radcliffe",
                capacity="guest",
                note="Foundation counsel; meeting secretary",
            ),  # invented
            dict(
                name="Observers",
                capacity="observer",
                note="The meeting was open to anyone who wanted to observe",
            ),  # ref
        ],
        agenda=[
            dict(
                key="a1",
                title="Roll call and approval of the May 30 minutes",
                kind="decision",
                presenters=["alan-clark"],  # invented
                notes="Roll call (about 15 minutes to get started). Minutes of the May 30, 2013 meeting.",  # roll-call duration ref; minutes approval invented
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a2",
                title="Review of the meeting confidentiality policy",
                kind="report",
                presenters=["alan-clark"],  # invented
                notes=(
                    "Directors refrain from commenting on proceedings until Jonathan Bryce posts his summary. "
                    "The only official record is that summary and the official minutes. Anything discussed "
                    "in executive session is confidential."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a3",
                title="Amendment to the certificate of incorporation",
                kind="decision",
                presenters=["jonathan-bryce"],  # ref: "Jonathan explained"
                notes=(
                    "The Foundation is applying for U.S. 501(c)(6) tax-exempt status. The original certificate "
                    "only allows the Foundation's assets, on winding up, to be transferred to a 501(c)(3) "
                    "organization; the amendment also allows transfer to 501(c)(6) organizations. Brief "
                    "discussion to clarify which status is being filed for."
                ),  # ref
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a4",
                title="Transparency policy",
                kind="discussion",
                presenters=["lauren-sell"],  # ref
                notes=(
                    "A formal policy, drafted with legal counsel from the principles the Transparency Working "
                    "Group presented in April, was circulated and needs further discussion before approval.\n\n"
                    "Open question: document management. The board has documents that must remain "
                    "confidential; the Infrastructure team's OwnCloud instance agreed in April has not been "
                    "prioritized. Mark McLoughlin suggested, in the meantime, a new board mailing list (e.g. "
                    "foundation-directors) open to everyone for read-only subscription, keeping the current "
                    "list for confidential documents until a document store exists, then closing the private "
                    "foundation-board list.\n\n"
                    "Agreed: Lauren Sell to start a discussion on the foundation mailing list."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a5",
                title="Summits and marketing",
                kind="report",
                presenters=["lauren-sell", "mark-collier"],  # ref
                notes=(
                    '**Hong Kong, November 5–8, 2013** (Icehouse Design Summit): first "international venue"; '
                    "record attendance expected. Venue near the airport, 25 minutes by train from downtown; "
                    "hotels next to the venue and downtown, some under $150 a night. Passports must be valid "
                    "for a month after the stay; SFO–HKG fares about $1,000–1,400; book flights and hotels early.\n\n"
                    "Format shaped by the last survey: a cheaper limited-access pass (expo hall, general "
                    "sessions, one breakout track on Tuesday and Wednesday). English, with simultaneous Mandarin "
                    "translation in the main hall. 21 sponsors so far; the headline sponsorship sold out in 7 "
                    "minutes. A first travel support programme for key technical contributors will be announced "
                    "soon; the board discussed how to run it and noted lessons from PyCon and UDS.\n\n"
                    "Improvements: network connectivity, breakout room sizes, food and drink. ATC feedback 2.5:1 "
                    "for keeping the design summit collocated; design summit rooms will be separate, ATC status "
                    "shown on badges and design sessions marked clearly.\n\n"
                    "**2014:** spring summit the week of May 14 (Atlanta or Chicago); autumn summit in one of the "
                    "first two weeks of November (Paris or Berlin); decisions soon.\n\n"
                    "**Marketing community:** version 1 of the marketing portal; the mailing list and monthly "
                    "meetings keep growing."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            # invented: that the programme's draft details were put to the board under embargo, the
            # details themselves and the disclosure instant. ref: "For the first time, there will be a
            # travel support program ... Details of this will be announced very soon."
            dict(
                key="a6",
                title="Travel support programme: draft details (embargoed until announced)",
                kind="report",
                presenters=["lauren-sell"],  # invented
                notes=(
                    "Staff briefed the board on the draft design of the Hong Kong travel support programme ahead "
                    "of its public announcement: who may apply (key technical contributors who could not "
                    "otherwise attend), the application window and the review of applications by a small "
                    "committee, and the budget set aside for flights and hotel nights."
                ),  # invented
                outcome="discussed",
                disclosure="embargoed",
                disclosed_at="2013-07-16 09:00",  # invented: after the summary release
                public_topic=None,
            ),
            dict(
                key="a7",
                title="Patent cooperation proposal",
                kind="discussion",
                presenters=[
                    "Legal Affairs Committee members"
                ],  # ref: "a presentation from several members of the Legal Affairs Committee"
                notes=(
                    "Options for more patent sharing or cross-licensing between members (the reference speaks "
                    "of three recommended options and then describes two). Under the Apache License v2.0, "
                    "contributors license patents their contributions infringe, and a licensee who sues loses "
                    "those rights. Option 1: a pledge closely modelled on Google's Open Patent Non-Assertion "
                    "Pledge. Option 2: OIN-style cross-licensing, granting an actual patent licence to users. "
                    "Slides to be posted to the foundation wiki; a decision is hoped for in November."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a8",
                title="Legal Affairs Committee membership",
                kind="decision",
                presenters=[],
                notes="Alice King is stepping down from the Legal Affairs Committee; Van Lindberg proposed in her place.",  # ref
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a9",
                title='"What is core?" update',
                kind="report",
                presenters=["rob-hirschfeld"],  # ref
                notes=(
                    "Rob Hirschfeld has held meetings with other directors and drafted six position statements; "
                    "he wants a good level of board consensus on them before opening the discussion to the "
                    "wider community."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a10",
                title="Training",
                kind="discussion",
                presenters=[],
                notes="Brief discussion; members of the User Committee are working on training materials.",  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
        ],
        motions=[
            # invented: this motion (the reference does not mention approving the May minutes)
            dict(
                key="m1",
                agenda="a1",
                text="To approve the minutes of the May 30, 2013 meeting of the Board of Directors.",  # invented
                mover="lew-tucker",
                seconder="sean-roberts",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # invented
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of="2013-05-30",
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "toby-ford",
                        "simon-anderson",
                        "lew-tucker",
                        "boris-renski",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "joshua-mckenty",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "lauren-sell",
                        "hui-cheng",
                    )
                ]
                + [
                    dict(
                        person="alan-clark", choice="abstain", reason="not present at that meeting"
                    ),
                    dict(
                        person="brian-stevens",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="eileen-evans",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="kyle-macdonald",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                ],  # invented
            ),
            # ref: "a motion to approve a relatively minor amendment to the foundation's certificate of
            # incorporation ... the motion was passed unanimously". Mover/seconder/threshold/method invented.
            dict(
                key="m2",
                agenda="a3",
                text=(
                    "To approve an amendment to the Foundation's certificate of incorporation so that, on the "
                    "winding up of the Foundation, its assets may be transferred to organizations exempt under "
                    "section 501(c)(6) as well as 501(c)(3) of the Internal Revenue Code."
                ),  # ref (paraphrase)
                mover="alan-clark",
                seconder="eileen-evans",  # invented
                threshold="majority_of_seated",
                status="carried",  # threshold invented; status ref
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "brian-stevens",
                        "eileen-evans",
                        "toby-ford",
                        "kyle-macdonald",
                        "simon-anderson",
                        "lew-tucker",
                        "boris-renski",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "joshua-mckenty",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "lauren-sell",
                        "hui-cheng",
                    )
                ],  # ref: "passed unanimously" (every director present voted for)
            ),
            # ref: "the board voted to approve a motion to appoint Van Lindberg to the committee".
            dict(
                key="m3",
                agenda="a8",
                text="To appoint Van Lindberg to the Legal Affairs Committee, replacing Alice King, who is stepping down.",  # ref
                mover="mark-mcloughlin",
                seconder="brian-stevens",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented; status ref
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="voice",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "brian-stevens",
                        "eileen-evans",
                        "toby-ford",
                        "kyle-macdonald",
                        "simon-anderson",
                        "lew-tucker",
                        "boris-renski",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "joshua-mckenty",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "monty-taylor",
                        "lauren-sell",
                        "hui-cheng",
                    )
                ],  # invented
            ),
        ],
        # due dates and statuses invented
        action_items=[
            dict(
                title="Start a discussion of the transparency policy and document management on the foundation mailing list",
                owner="lauren-sell",
                due="2013-07-15",
                status="done",
            ),  # ref: "it was agreed the Lauren would start a discussion"
            dict(
                title="Post the patent cooperation slides to the foundation wiki",
                owner="jonathan-bryce",
                due="2013-07-15",
                status="done",
            ),  # ref: "The slides ... will be posed to the foundation wiki page"; owner invented
        ],
        minutes=dict(status="approved", body=JUN_MINUTES),  # ref: approved at the August 6 meeting
        summary=dict(body=JUN_SUMMARY),
        commentary=[
            dict(
                author="mark-mcloughlin",
                body=(
                    "Mark McLoughlin's perspective on the June 27 call: a conference call with 20–30 people "
                    "takes about 15 minutes to get going; the 501(c)(6) certificate amendment passed "
                    "unanimously; his suggestion of a read-only public board list while a document store is "
                    "pending; a detailed tour of the Hong Kong summit plans; and, in brief, the patent "
                    "cooperation options and Van Lindberg's appointment to the Legal Affairs Committee."
                ),
            ),
        ],
    ),
    # -------------------------------------------------------------------------------------------------
    # August 6, 2013 — conference call
    # -------------------------------------------------------------------------------------------------
    dict(
        key="2013-08-06",
        body="board",
        title="Board of Directors meeting — August 6, 2013 (conference call)",
        starts_at="2013-08-06 09:00",  # invented (public record: "9am PDT"); ref: "a two hour conference call"
        timezone="America/Los_Angeles",  # invented
        kind="call",  # ref
        location=None,
        chair="alan-clark",  # ref: "Alan Clark chaired the meeting"
        agenda_released_at="2013-07-30 12:00",  # invented; ref: "The agenda was published in advance"
        summary_release_at="2013-08-06 18:26",  # invented (public record: list post 2013-08-07 01:26 UTC); ref: "Jonathan published an official summary"
        status="adjourned",
        # ref: "We had more than 50% of the board members". Present per the reference: the five
        # abstainers (Todd, Troy, Nick, Devin, Jim), Eileen Evans, Tim Bell, Rob Hirschfeld, Simon
        # Anderson, Alan Clark, Mark McLoughlin. Invented (public record, plus Troy Toman per the
        # reference): the rest of the roll call.
        attendance=[
            dict(
                person="alan-clark", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref
            dict(
                person="jim-curry", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref: abstained
            dict(
                person="brian-stevens",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="todd-moore", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref: abstained
            dict(
                person="eileen-evans",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Eileen made the point"
            dict(
                person="toby-ford", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # invented (public record)
            dict(
                person="kyle-macdonald",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="devin-carlen",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: abstained
            dict(
                person="simon-anderson",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="lew-tucker", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented (public record)
            dict(
                person="boris-renski",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="sean-roberts",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="joseph-george",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="randy-bias", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # invented (public record)
            dict(
                person="joshua-mckenty",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="nick-barcet",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: abstained
            dict(
                person="tim-bell", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref: "Tim Bell took the floor"
            dict(
                person="tristan-goode",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="rob-hirschfeld",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="mark-mcloughlin",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="monty-taylor",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="troy-toman", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref: abstained
            dict(
                person="lauren-sell",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented (public record)
            dict(
                person="hui-cheng", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented (public record)
        ],
        guests=[
            # The Executive Director holds a non-voting ex officio seat; the roll call lists
            # voting members only, so he is recorded here.
            dict(
                name="Jonathan Bryce",
                capacity="guest",
                note="Executive Director (ex officio, non-voting); by telephone",
            ),  # ref
            dict(
                name="Keith Bergelt",
                capacity="guest",
                note="CEO, Open Invention Network; presented",
            ),  # ref
            dict(
                name="Van Lindberg", capacity="guest", note="Legal Affairs Committee; presented"
            ),  # ref
            dict(
                name="Mark Collier", capacity="guest", note="Foundation staff"
            ),  # invented (public record)
            dict(
                name="Heidi Bretz", capacity="guest", note="Foundation staff"
            ),  # invented (public record)
            dict(
                name="Mark Radcliffe",
                capacity="guest",
                note="Foundation counsel; meeting secretary",
            ),  # invented (public record)
            dict(
                name="Observers", capacity="observer", note="The call was open to anyone to join"
            ),  # ref
        ],
        agenda=[
            dict(
                key="a1",
                title="Roll call and approval of the June 27 minutes",
                kind="decision",
                presenters=["alan-clark"],  # ref: "reviewing the agenda and holding the roll call"
                notes=(
                    "Agenda reviewed; roll call: more than 50% of directors present, quorum. Minutes of the "
                    "previous meeting reviewed and approved by vote."
                ),  # ref
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a2",
                title="Patent cooperation: the Open Invention Network",
                kind="report",
                presenters=["keith-bergelt"],  # ref
                notes=(
                    "Follow-on from the previous meeting, where the Legal Affairs Committee proposed three "
                    "options: no change, a Google-style patent pledge, or an OIN-style cross-licence.\n\n"
                    "Keith Bergelt (CEO, OIN) has worked with the committee on a fourth proposal. The OIN was "
                    'formed 8 years ago by IBM, NEC, Novell, Philips, Red Hat and Sony for "freedom of action, '
                    'freedom to operate" around Linux; some 560 members cross-license patents reading on the '
                    "packages in its Linux System Definition, which now includes OpenStack — so 560 licensees "
                    "are already committed to non-aggression around OpenStack.\n\n"
                    "Proposal: a formal relationship with the Foundation; members encouraged to join the OIN; "
                    "joint press releases; an ongoing relationship with the TC to keep all OpenStack projects "
                    "in the system definition."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a3",
                title="Legal Affairs Committee update",
                kind="discussion",
                presenters=["van-lindberg"],  # ref
                notes=(
                    "The fourth proposal in short: members get behind the OIN. Some OpenStack members will never "
                    "join the OIN, which sees them as a threat to Linux (not named).\n\n"
                    'OpenStack LLC (Rackspace-owned) joined the OIN over the "CPTN transaction"; the Foundation '
                    "could take over that agreement so the OIN cross-licence benefits all OpenStack users. For "
                    "non-members, a separate limited licence of OpenStack-related patents to the Foundation.\n\n"
                    "Patent trolls: a troll is pursuing Rackspace and HP, partly over OpenStack; the OIN does "
                    "not protect against trolls. A patent indemnity fund for the legal defence (not settlements) "
                    "of members was raised again, to avoid weak early settlements setting precedents.\n\n"
                    "Eileen Evans: the OIN exists because the GPL lacks a patent licence, while the Apache "
                    "License has a broad one; an indemnity programme's scope could be very large and expensive; "
                    "trolls do not always target smaller players.\n\n"
                    "No decisions; more dialogue needed."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a4",
                title="OpenStack training",
                kind="decision",
                presenters=["jonathan-bryce"],  # ref
                notes=(
                    "Follow-up to the June discussion; Jonathan Bryce has since talked to several directors, "
                    "including Brian Stevens and Boris Renski. Two proposals:\n\n"
                    "1. **Training licensing programme**, replacing training providers' use of the \"Built For "
                    'OpenStack" mark; broad support; a draft agreement is ready to circulate to providers.\n'
                    "2. **Baseline certification test**: a common baseline all licensed providers include and "
                    "certify against, expanded by each provider; the Foundation adds content only as providers "
                    "already cover it. 6–9 months of preparation. Aims: globally available, affordable training "
                    "and a target for people learning OpenStack."
                ),  # ref
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a5",
                title="User Committee update",
                kind="report",
                presenters=["tim-bell"],  # ref
                notes=(
                    "The committee (Tim Bell, Ryan Lane, JC Martin) is limited by its size and time. Members "
                    "sign an NDA and see confidential survey data; adding many members could undermine "
                    "respondents' confidence. Tom Fifield (Foundation staff) could act as a go-between with the "
                    'developer community without signing the NDA. Also explored: a "core" committee under NDA '
                    "with sub-groups that do not see survey results."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a6",
                title="What is core",
                kind="report",
                presenters=["rob-hirschfeld"],  # ref
                notes=(
                    "Discussion first limited to the board, then the TC, now to be widened to the community. "
                    'A flowchart of the proposed process. The position on requiring "plugins" has evolved '
                    'toward "required implementations" and "alternate implementations" for parts of projects.'
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a7",
                title="Other updates",
                kind="report",
                presenters=["todd-moore", "simon-anderson", "alan-clark"],  # ref
                notes=(
                    "- **Election process:** Todd Moore and Rob Hirschfeld met the Foundation's legal team about "
                    "changes allowed under Delaware law; thoughts at the next meeting.\n"
                    "- **Gold member applicants:** Simon Anderson is working with Mark Collier and Heidi Bretz so "
                    "interested companies know the board's revised expectations; the membership committee will "
                    "redraft the wiki page on criteria.\n"
                    "- **Compensation Committee:** the mid-year review of the Executive Director's goals found "
                    "things very much on track; full details went to the directors' mailing list.\n"
                    "- **Next meetings:** October 3 at 9am Pacific; all day in Hong Kong on November 4."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
        ],
        motions=[
            # ref: "We then reviewed the minutes of the previous meeting and approved them by vote.
            # Todd, Troy, Nick, Devin and Jim all abstained because they weren't present at that meeting."
            # invented: mover, seconder, threshold, method and the individual "for" votes.
            dict(
                key="m1",
                agenda="a1",
                text="To approve the minutes of the June 27, 2013 meeting of the Board of Directors.",  # ref
                mover="mark-mcloughlin",
                seconder="tim-bell",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented; status ref
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of="2013-06-27",  # ref
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(
                        person="todd-moore", choice="abstain", reason="not present at that meeting"
                    ),  # ref
                    dict(
                        person="troy-toman", choice="abstain", reason="not present at that meeting"
                    ),  # ref
                    dict(
                        person="nick-barcet", choice="abstain", reason="not present at that meeting"
                    ),  # ref
                    dict(
                        person="devin-carlen",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),  # ref
                    dict(
                        person="jim-curry", choice="abstain", reason="not present at that meeting"
                    ),  # ref
                ]
                + [
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "eileen-evans",
                        "toby-ford",
                        "simon-anderson",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "lauren-sell",
                    )
                ],  # invented (everyone else present voting for)
            ),
            # ref: "The board moved to support the Foundation staff in its efforts to create a baseline
            # certification testing program for OpenStack. The motion was passed unanimously."
            dict(
                key="m2",
                agenda="a4",
                text="To support the Foundation staff in its efforts to create a baseline certification testing program for OpenStack.",  # ref
                mover="todd-moore",
                seconder="nick-barcet",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented; status ref
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="voice",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "jim-curry",
                        "todd-moore",
                        "eileen-evans",
                        "toby-ford",
                        "devin-carlen",
                        "simon-anderson",
                        "sean-roberts",
                        "joseph-george",
                        "randy-bias",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "troy-toman",
                        "lauren-sell",
                    )
                ],  # ref: "passed unanimously"
            ),
        ],
        # due dates and statuses invented
        action_items=[
            dict(
                title="Present options for election-process changes allowed under Delaware law",
                owner="todd-moore",
                due="2013-10-03",
                status="done",
            ),  # ref: "He will present some thoughts on this at the next board meeting"
            dict(
                title="Redraft the wiki page describing the criteria for new Gold Members",
                owner="simon-anderson",
                due="2013-11-04",
                status="open",
            ),  # ref: "still plan on re-drafting the wiki page"
            dict(
                title="Circulate the draft training licence agreement to training providers",
                owner="jonathan-bryce",
                due="2013-09-15",
                status="open",
            ),  # ref: "a draft agreement ready to circulate"; owner invented
        ],
        minutes=dict(
            status="approved", body=AUG_MINUTES
        ),  # ref (Oct 3): "we quickly voted to approve the minutes of the previous meeting"
        summary=dict(body=AUG_SUMMARY),
        commentary=[
            dict(
                author="mark-mcloughlin",
                body=(
                    "Mark McLoughlin's informal recollection of the August 6 call: Keith Bergelt's case for "
                    "building on the Open Invention Network, Van Lindberg's ideas for members outside the OIN "
                    "and for a defence fund against patent trolls, and Eileen Evans's counterpoints (\"no "
                    'decisions today, more dialogue needed"); unanimous support for a baseline certification '
                    "test; and the User Committee's search for more help without widening access to "
                    "confidential survey data."
                ),
            ),
        ],
    ),
    # -------------------------------------------------------------------------------------------------
    # October 3, 2013 — conference call
    # -------------------------------------------------------------------------------------------------
    dict(
        key="2013-10-03",
        body="board",
        title="Board of Directors meeting — October 3, 2013 (conference call)",
        # ref (Aug 6): "scheduled for October 3rd at 9am PST" (Pacific; daylight time in October)
        starts_at="2013-10-03 09:00",
        timezone="America/Los_Angeles",  # ref: "PST"
        kind="call",  # ref: "a two hour conference call meeting"
        location=None,
        chair="alan-clark",  # ref: "Our chairman, Alan Clark began the meeting"
        agenda_released_at="2013-09-26 12:00",  # invented; ref: "The agenda was published in advance"
        summary_release_at="2013-10-04 14:58",  # invented (public record: list post 21:58 UTC); ref: "Jonathan published an official summary"
        status="adjourned",
        # ref: "we had 21 of the 24 members of the board on the call". Which three were absent is invented.
        attendance=[
            dict(
                person="alan-clark", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref
            dict(
                person="jim-curry", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="brian-stevens",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="todd-moore", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref
            dict(
                person="eileen-evans",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Eileen asked"
            dict(
                person="toby-ford", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="kyle-macdonald",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented
            dict(
                person="chris-kemp", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref: "Chris briefly explained"
            dict(
                person="simon-anderson",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="lew-tucker", status="remote", arrived_at=None, departed_at=None, reason=None
            ),  # ref
            dict(
                person="boris-renski",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="sean-roberts",
                status="absent",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # invented
            dict(
                person="joseph-george",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Joseph asked"
            dict(
                person="randy-bias", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="joshua-mckenty",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref: "Josh felt"
            dict(
                person="nick-barcet",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="tim-bell", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="tristan-goode",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="rob-hirschfeld",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="mark-mcloughlin",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="monty-taylor",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),  # ref
            dict(
                person="troy-toman", status="remote", arrived_at=None, departed_at=None, reason=None
            ),
            dict(
                person="lauren-sell",
                status="remote",
                arrived_at=None,
                departed_at=None,
                reason=None,
            ),
            dict(
                person="hui-cheng", status="absent", arrived_at=None, departed_at=None, reason=None
            ),  # invented
        ],
        guests=[
            # The Executive Director holds a non-voting ex officio seat; the roll call lists
            # voting members only, so he is recorded here.
            dict(
                name="Jonathan Bryce",
                capacity="guest",
                note="Executive Director (ex officio, non-voting); by telephone",
            ),  # ref
            dict(
                name="Mark Radcliffe",
                capacity="guest",
                note="Legal counsel for the Foundation; meeting secretary",
            ),  # ref: "legal counsel for the foundation (Mark Radcliffe)"; secretary invented
            dict(
                name="Observers", capacity="observer", note="The call was open to anyone to join"
            ),  # ref
        ],
        agenda=[
            dict(
                key="a1",
                title="Roll call, new director and approval of the August 6 minutes",
                kind="decision",
                presenters=["alan-clark"],  # ref
                notes=(
                    "Roll call: 21 of 24 directors on the call. Alan Clark introduced Chris Kemp, replacing Devin "
                    "Carlen as Nebula's director; Chris Kemp said changes in his role at Nebula leave him more "
                    'time for "strategic stuff", and thanked everyone for their work on the Foundation. Minutes '
                    "of the previous meeting approved."
                ),  # ref
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a2",
                title="Executive Director's report",
                kind="report",
                presenters=["jonathan-bryce"],  # ref
                notes=(
                    "**Training Marketplace** launched at LinuxCon in New Orleans: 12 companies listing training "
                    "in over 30 cities; over 10,000 unique visitors in two weeks.\n\n"
                    "**Hong Kong summit:** speaking agenda posted; over 600 submissions against some 250 for "
                    "Portland, with few extra slots. A hard limit on attendees: 2,000 full-access passes (many "
                    "more for general sessions and the expo hall), expected to sell out within a week or so "
                    "(Eileen Evans's question). Joseph George asked about demographics: many attendees from the "
                    "region expected, with the usual companies still represented.\n\n"
                    "**2014 outlook:** 2013 was a strong year (larger summits); the Foundation enters 2014 with a "
                    "surplus of over $1M. Continued investment in technology and infrastructure, following the "
                    "2013 member database and speaker-submission projects. Rob Hirschfeld asked whether "
                    'certification testing infrastructure for "what is core" was budgeted; Joshua McKenty '
                    "thought the Foundation need not fund it. Staff growth levelling off in 2014; the "
                    "Foundation's role: connecting parts of the community, gathering data on users and "
                    "deployments, sharing news of each release. Lew Tucker asked for a written summary for "
                    "directors; Joshua McKenty noted the coming annual report. Gold member fees: 4 new members "
                    "projected, bringing gold members to 20 of a possible 24."
                ),  # ref
                outcome="discussed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            dict(
                key="a3",
                title="Election Committee report",
                kind="decision",
                presenters=["todd-moore"],  # ref
                notes=(
                    "Three questions: (1) whether and how to address concerns about the fairness of the "
                    "individual director elections, especially large blocks of affiliated voters; (2) rules on "
                    "Foundation employees' eligibility for individual seats; (3) whether 2013 gold director "
                    "eligibility rules were properly enforced.\n\n"
                    "(3) The committee and staff verified that candidate and voter eligibility rules were "
                    "properly enforced.\n\n"
                    "(1) STV versus halving (8 to 4) the votes one may give a single candidate. The committee felt "
                    'changes were not necessarily warranted but the "max 4 votes per candidate" option deserved '
                    "serious consideration. A motion not to fundamentally change the voting system was nearly "
                    "voted when Monty Taylor, unable to come off mute, asked to speak: he considers the cumulative "
                    "system broken, that block voting did influence the outcome, and that STV is needed. Debate "
                    "followed; Mark McLoughlin agreed with Monty but judged the disruption of a bylaws change "
                    "unwarranted while the system works reasonably well, with renewed member concern to be "
                    "watched after the next election. The motion carried, Monty Taylor against, no abstentions.\n\n"
                    'The "max 4 votes per candidate" tweak: the committee and Jonathan Bryce thought it '
                    'compatible with the "cumulative voting system" wording in section 3.9a of the bylaws; '
                    'counsel (Mark Radcliffe) disagreed strongly ("binary in the eyes of the law"). Since it was '
                    "suggested as easy to implement, the idea was dropped.\n\n"
                    "(2) No committee consensus. One approach: an automatic seat for the executive director and, "
                    "given the two-per-organization limit, only one further elected Foundation employee. Jonathan "
                    "Bryce saw no need for an automatic seat and had reservations about restricting employees "
                    "whom the electorate chooses to elect. Not sufficient cause for a disruptive bylaws change; "
                    "the motion was withdrawn.\n\n"
                    "No election system changes will be put to the electorate this cycle. The board restated the "
                    'community code of conduct: "Respect the election process. Members should not attempt to '
                    "manipulate election results. Open debate is welcome, but vote trading, ballot stuffing and "
                    'other forms of abuse are not acceptable."'
                ),  # ref
                outcome="decided",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,
            ),
            # ref: "Todd's report – which will be published in full soon". invented: modelling the full
            # written report as an embargoed item, its description, and the disclosure instant.
            dict(
                key="a4",
                title="Election Committee: full written report (embargoed until publication)",
                kind="report",
                presenters=["todd-moore"],
                notes=(
                    "The committee's full written report as circulated to directors: its analysis of each of the "
                    'three questions, the arguments heard for and against STV and the "max 4 votes per '
                    'candidate" rule, and the differing views on Foundation employees serving as directors.'
                ),  # invented (description of the document)
                outcome="discussed",
                disclosure="embargoed",
                disclosed_at="2013-10-15 09:00",  # invented: after the summary release
                public_topic=None,
            ),
            # invented: which items were left over. ref: "we had run out of time and the rest of the
            # agenda had to be postponed until the in person board meeting in Hong Kong."
            dict(
                key="a5",
                title='"What is core" update',
                kind="discussion",
                presenters=["rob-hirschfeld"],  # invented
                notes="Postponed to the in-person meeting in Hong Kong for lack of time.",
                outcome="postponed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,  # ref: "postponed"
            ),
            dict(
                key="a6",
                title="Transparency policy",
                kind="discussion",
                presenters=["lauren-sell"],  # invented
                notes="Postponed to the in-person meeting in Hong Kong for lack of time.",
                outcome="postponed",
                disclosure="public",
                disclosed_at=None,
                public_topic=None,  # ref: "postponed"
            ),
        ],
        motions=[
            # ref: "we quickly voted to approve the minutes of the previous meeting".
            # invented: mover, seconder, threshold, method and every individual vote (directors absent
            # on Aug 6, and Chris Kemp who was not yet on the board, abstain).
            dict(
                key="m1",
                agenda="a1",
                text="To approve the minutes of the August 6, 2013 meeting of the Board of Directors.",  # ref
                mover="tim-bell",
                seconder="rob-hirschfeld",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented; status ref
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of="2013-08-06",  # ref
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "jim-curry",
                        "todd-moore",
                        "eileen-evans",
                        "toby-ford",
                        "simon-anderson",
                        "joseph-george",
                        "randy-bias",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "troy-toman",
                        "lauren-sell",
                    )
                ]
                + [
                    dict(
                        person="brian-stevens",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="lew-tucker", choice="abstain", reason="not present at that meeting"
                    ),
                    dict(
                        person="boris-renski",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="joshua-mckenty",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="monty-taylor",
                        choice="abstain",
                        reason="not present at that meeting",
                    ),
                    dict(
                        person="chris-kemp", choice="abstain", reason="not present at that meeting"
                    ),
                ],  # invented
            ),
            # ref: "A motion was proposed to not fundamentally change the voting system ... In the end
            # the vote was passed with no abstentions and Monty voting against."
            dict(
                key="m2",
                agenda="a3",
                text=(
                    "That no fundamental change to the system for electing individual member directors be "
                    "proposed to the membership in this election cycle."
                ),  # ref (paraphrase of "to not fundamentally change the voting system")
                mover="todd-moore",
                seconder="tristan-goode",  # invented
                threshold="majority_of_votes_cast",
                status="carried",  # threshold invented; status ref
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="roll_call",  # invented
                votes=[
                    dict(
                        person="monty-taylor", choice="against", reason=None
                    ),  # ref: "Monty voting against"
                ]
                + [
                    dict(person=p, choice="for", reason=None)
                    for p in (
                        "alan-clark",
                        "jim-curry",
                        "brian-stevens",
                        "todd-moore",
                        "eileen-evans",
                        "toby-ford",
                        "chris-kemp",
                        "simon-anderson",
                        "lew-tucker",
                        "boris-renski",
                        "joseph-george",
                        "randy-bias",
                        "joshua-mckenty",
                        "nick-barcet",
                        "tim-bell",
                        "tristan-goode",
                        "rob-hirschfeld",
                        "mark-mcloughlin",
                        "troy-toman",
                        "lauren-sell",
                    )
                ],  # ref: "no abstentions" — so every other director present voted for
            ),
            # ref: "it was felt there was not sufficient cause to warrant a disruptive bylaws change and
            # the motion was withdrawn." invented: the motion's wording, mover and seconder.
            dict(
                key="m3",
                agenda="a3",
                text=(
                    "To propose to the membership a bylaws change on Foundation employees serving as directors: "
                    "an automatic board seat for the Executive Director, with at most one further Foundation "
                    "employee eligible for election."
                ),  # invented (wording; the reference describes the approach, not the motion text)
                mover="todd-moore",
                seconder="troy-toman",  # invented
                threshold="majority_of_votes_cast",
                status="withdrawn",  # threshold invented; status ref
                disclosure="public",
                disclosed_at=None,
                approves_minutes_of=None,
                recorded_by="secretary",
                method="voice",  # invented
                votes=[],
            ),
        ],
        action_items=[
            # ref: "the committee took an action item from the board to analyze the results of the next
            # election and provide the board with a report on the potential effect of any of the options proposed."
            dict(
                title="Analyse the results of the next election and report on the potential effect of the proposed options",
                owner="todd-moore",
                due="2014-03-31",
                status="open",
            ),  # due invented
            dict(
                title="Publish the Election Committee's full report",
                owner="todd-moore",
                due="2013-10-15",
                status="done",
            ),  # ref: "will be published in full soon"; due/status invented
        ],
        minutes=dict(
            status="circulated", body=OCT_MINUTES
        ),  # invented: next meeting (Nov 4) is outside the reference
        summary=dict(body=OCT_SUMMARY),
        commentary=[
            dict(
                author="mark-mcloughlin",
                body=(
                    "Mark McLoughlin's informal recollection of the October 3 call: Chris Kemp joins for Nebula; "
                    "an excellent Foundation update (Training Marketplace, Hong Kong, a $1M+ surplus going into "
                    "2014); and a long election-system debate in which he agreed with Monty Taylor's critique of "
                    "cumulative voting yet voted not to disrupt the bylaws this cycle, while asking the board to "
                    "stay alert to renewed concern after the next election. The rest of the agenda moved to Hong Kong."
                ),
            ),
        ],
    ),
]
