"""Form classes. Every form is a Flask-WTF form (so every POST carries a CSRF token) and a strict
one: a request carrying a field the form does not declare (a role, a release instant, another
member's id) is refused, not quietly ignored."""

from flask import request
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    DateTimeLocalField,
    EmailField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, Length, NumberRange, Optional

from ..http.security_log import log_refusal
from ..rules.clock import zone_names
from ..rules.vocab import (
    ActionStatus,
    Disclosure,
    EffectKind,
    ItemKind,
    MeetingKind,
    MemberRole,
    Presence,
    SeatClass,
    Threshold,
    VoteChoice,
    VoteMethod,
)

LOCAL = "%Y-%m-%dT%H:%M"


def options(pairs) -> list[SelectChoice]:
    """(value, label) pairs as the options of a select or radio field."""
    return [SelectChoice(value, label) for value, label in pairs]


def choices(enum_cls, labels: dict | None = None) -> list[SelectChoice]:
    labels = labels or {}
    return options((m.value, labels.get(m, m.value.replace("_", " "))) for m in enum_cls)


class StrictForm(FlaskForm):
    """Refuses unlisted fields; the extra names are reported so the refusal can be logged."""

    def unlisted_fields(self) -> set[str]:
        if request.method != "POST":
            return set()
        # Field names as rendered (with the form's prefix); the global CSRF check reads any
        # key ending in csrf_token, so the plain name is expected too.
        rendered = {field.name for field in self} | {"csrf_token"}
        return set(request.form.keys()) - rendered

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        extra = self.unlisted_fields()
        if extra:
            log_refusal(f"unlisted fields {sorted(extra)}")
            self.form_errors.append(f"unexpected fields refused: {', '.join(sorted(extra))}")
            return False
        return ok


class LoginForm(StrictForm):
    email = EmailField("E-mail", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])
    next = StringField()


class ActionForm(StrictForm):
    """A button that changes state: nothing but the CSRF token."""


LogoutForm = ActionForm


class ConfirmForm(StrictForm):
    """A button whose effect cannot be quietly undone: the page says in words what it will do,
    and the box must be ticked (no script needed)."""

    confirm = BooleanField(
        "I confirm", validators=[DataRequired(message="tick the box to confirm")]
    )


class CancelMeetingForm(ConfirmForm):
    reason = StringField(
        "Reason (kept on the record and shown with the meeting)",
        validators=[DataRequired(), Length(max=500)],
    )


ZONES = zone_names()


class MeetingForm(StrictForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    body_id = SelectField("Body", coerce=int)
    starts_at = DateTimeLocalField(
        "Starts (local time where it is held)", format=LOCAL, validators=[DataRequired()]
    )
    timezone = SelectField(
        "Time zone", choices=options((z, z) for z in ZONES), default="America/Los_Angeles"
    )
    kind = SelectField("Kind", choices=choices(MeetingKind))
    location = StringField("Location", validators=[Optional(), Length(max=200)])
    chair_id = SelectField("Chair for this meeting", coerce=int)


INHERITED = SelectChoice("", "as its agenda item (confidential stays confidential)")
DISCLOSURE_LABELS = {
    Disclosure.PUBLIC: "public (from the summary release; title with the agenda)",
    Disclosure.EMBARGOED: "embargoed until a disclosure date",
    Disclosure.CONFIDENTIAL: "confidential (executive session)",
}


class ReleaseConfirmation:
    """The explicit words a release that is not silent needs: publishing at once an instant that
    has passed, or withdrawing what the public has already seen."""

    release_now = BooleanField("Release now: the time has passed, publish at once")
    retraction_reason = StringField(
        "Public reason for withdrawing it (only when moving a passed release later)",
        validators=[Optional(), Length(max=500)],
    )


class AgendaItemForm(ReleaseConfirmation, StrictForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    kind = SelectField("Kind", choices=choices(ItemKind))
    presenters = StringField("Presenters", validators=[Optional(), Length(max=400)])
    notes = TextAreaField("Notes (Markdown)", validators=[Optional()])
    disclosure = SelectField("Disclosure", choices=choices(Disclosure, DISCLOSURE_LABELS))
    disclosed_at = DateTimeLocalField(
        "Disclosure date (embargo only, meeting's local time)",
        format=LOCAL,
        validators=[Optional()],
    )
    public_topic = StringField(
        "Public topic line (executive session)", validators=[Optional(), Length(max=200)]
    )
    carried_from_id = HiddenField()


def reorder_form(items):
    """One position box per item: the whole agenda reordered in one submission."""

    class ReorderForm(StrictForm):
        pass

    for item in items:
        setattr(
            ReorderForm,
            f"position_{item.id}",
            IntegerField(
                f"Position of “{item.title}”",
                default=item.position,
                validators=[DataRequired(), NumberRange(min=1, max=len(items))],
            ),
        )
    return ReorderForm


class MoveForm(StrictForm):
    direction = HiddenField(validators=[DataRequired()])


class StatusForm(StrictForm):
    status = HiddenField(validators=[DataRequired()])


class MeetingEditForm(MeetingForm):
    """A meeting keeps its body; everything else can be corrected until it is adjourned."""

    body_id = None


class EveryoneForm(StrictForm):
    """The common case first: everyone not yet recorded is present (the button says how)."""

    presence = StringField(validators=[DataRequired()])


class AllVoteForm(StrictForm):
    choice = SelectField("All members present who have not voted vote", choices=choices(VoteChoice))


class GuestForm(StrictForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    capacity = SelectField("As", choices=options([("guest", "guest"), ("observer", "observer")]))
    note = StringField("Note", validators=[Optional(), Length(max=200)])


def roll_call_form(members, lines):
    """A form with a presence, arrival, departure and reason field per seated member."""

    class RollCallForm(StrictForm):
        pass

    for person in members:
        line = lines.get(person.id)
        setattr(
            RollCallForm,
            f"presence_{person.id}",
            RadioField(
                person.name,
                choices=choices(Presence),
                default=line.presence.value if line else Presence.ABSENT.value,
            ),
        )
        setattr(
            RollCallForm,
            f"arrived_at_{person.id}",
            DateTimeLocalField("Arrived", format=LOCAL, validators=[Optional()]),
        )
        setattr(
            RollCallForm,
            f"departed_at_{person.id}",
            DateTimeLocalField("Left", format=LOCAL, validators=[Optional()]),
        )
        setattr(
            RollCallForm,
            f"reason_{person.id}",
            StringField(
                "Note",
                validators=[Optional(), Length(max=200)],
                default=line.reason if line else None,
            ),
        )
    return RollCallForm


THRESHOLD_LABELS = {t: t.label for t in Threshold}


class MotionForm(StrictForm):
    text = TextAreaField("Motion", validators=[DataRequired(), Length(max=5000)])
    agenda_item_id = SelectField("Agenda item", coerce=int)
    mover_id = SelectField("Moved by", coerce=int)
    seconder_id = SelectField("Seconded by", coerce=int)
    threshold = SelectField("Threshold", choices=choices(Threshold, THRESHOLD_LABELS))
    method = SelectField("Vote by", choices=choices(VoteMethod))
    approves_minutes_of_id = SelectField("Approves the minutes of", coerce=int)
    disclosure = SelectField(
        "Disclosure",
        choices=[INHERITED, *choices(Disclosure, DISCLOSURE_LABELS)],
        default="",
    )
    disclosed_at = DateTimeLocalField(
        "Disclosure date (embargo only)", format=LOCAL, validators=[Optional()]
    )
    more_public_than_item = BooleanField(
        "I mean it: this vote may be published although its agenda item is not"
    )
    # The second submit button: record the motion and put it to the vote in one step.
    open_now = SubmitField("Record and open for voting")


class MotionEditForm(ReleaseConfirmation, MotionForm):
    """Editing keeps the agenda item, method and minutes link a motion was proposed with."""

    open_now = None
    agenda_item_id = None
    method = None
    approves_minutes_of_id = None


class VoteForm(StrictForm):
    choice = RadioField("Your vote", choices=choices(VoteChoice), validators=[DataRequired()])
    reason = StringField("Reason (required when recused)", validators=[Optional(), Length(max=300)])


def shown(choice: str, reason: str | None) -> str:
    """A vote row as the page showed it, so that a submit can tell the rows the secretary
    changed from those left alone (which then write nothing)."""
    return f"{choice}|{reason or ''}"


def roll_call_vote_form(members, votes, suggested, for_submit=False):
    """One row per member whose vote the secretary may enter: members who voted themselves are
    left out (their vote is changed only by an explicit correction). A submitted form accepts a
    row for every member, since a page opened earlier may show rows that have since become a
    member's own vote: the service then refuses those, naming the member."""

    class RollCallVoteForm(StrictForm):
        # Set by the button pressed: the common answer of a voice vote for everyone present who
        # has no vote and whose row was left alone.
        all_choice = StringField(validators=[Optional(), AnyOf([c.value for c in VoteChoice])])

    for person in members:
        vote = votes.get(person.id)
        if vote is not None and not vote.recorded_by_secretary and not for_submit:
            continue
        choice = vote.choice.value if vote else ""
        reason = vote.reason if vote else suggested.get(person.id)
        setattr(
            RollCallVoteForm,
            f"choice_{person.id}",
            SelectField(
                person.name,
                choices=[SelectChoice("", "— no vote —"), *choices(VoteChoice)],
                default=choice,
            ),
        )
        setattr(
            RollCallVoteForm,
            f"reason_{person.id}",
            StringField("Reason", validators=[Optional(), Length(max=300)], default=reason),
        )
        setattr(
            RollCallVoteForm,
            f"version_{person.id}",
            HiddenField(default=vote.version if vote else 0),
        )
        setattr(RollCallVoteForm, f"shown_{person.id}", HiddenField(default=shown(choice, reason)))
    return RollCallVoteForm


class VoteCorrectionForm(StrictForm):
    choice = SelectField("Corrected vote", choices=choices(VoteChoice))
    reason = StringField(
        "Reason for the vote (required when recused)", validators=[Optional(), Length(max=300)]
    )
    correction_reason = StringField(
        "Why the secretary corrects it (shown on the record)",
        validators=[DataRequired(), Length(max=300)],
    )
    version = HiddenField()


class MinutesForm(StrictForm):
    body = TextAreaField("Minutes (Markdown)", validators=[DataRequired()])
    preview = BooleanField("Preview only")


class SummaryForm(ReleaseConfirmation, StrictForm):
    aliases = {"summary_release_at": "release_at"}
    body = TextAreaField("Official summary (Markdown)", validators=[DataRequired()])
    release_at = DateTimeLocalField(
        "Release at (meeting's local time)", format=LOCAL, validators=[Optional()]
    )
    schedule = BooleanField("Schedule for release (otherwise kept as a draft)")


class CommentaryForm(StrictForm):
    body = TextAreaField("Your commentary (Markdown)", validators=[DataRequired()])
    publish = BooleanField("Publish once the official summary is out")
    publish_at = DateTimeLocalField(
        "Not before (optional, meeting's local time)", format=LOCAL, validators=[Optional()]
    )


def item_choices(items) -> list[SelectChoice]:
    return options([(0, "— none —")] + [(i.id, f"{i.position}. {i.title}") for i in items])


class ActionItemForm(StrictForm):
    title = StringField("Action", validators=[DataRequired(), Length(max=300)])
    owner_person_id = SelectField("Owner", coerce=int)
    due_on = DateField("Due", validators=[Optional()])
    agenda_item_id = SelectField("Arising from", coerce=int)
    disclosure = SelectField(
        "Disclosure", choices=[INHERITED, *choices(Disclosure, DISCLOSURE_LABELS)], default=""
    )
    more_public_than_item = BooleanField("I mean it: public although its agenda item is not")


class ActionStatusForm(StrictForm):
    status = SelectField("Status", choices=choices(ActionStatus))


class TokenForm(StrictForm):
    name = StringField("What the token is for", validators=[DataRequired(), Length(max=100)])


class PasswordChangeForm(StrictForm):
    current_password = PasswordField("Current password", validators=[DataRequired()])
    new_password = PasswordField(
        "New password (12 characters or more)", validators=[DataRequired(), Length(max=1024)]
    )


EFFECT_LABELS = {EffectKind.APPOINT: "appoint to a body", EffectKind.END_TERM: "end a term early"}


class MotionEffectForm(StrictForm):
    """What a proposed motion does to the seats if it carries."""

    kind = SelectField("If carried", choices=choices(EffectKind, EFFECT_LABELS))
    person_id = SelectField("Person", coerce=int)
    body_id = SelectField("Body", coerce=int)
    seat_class = SelectField(
        "Seat class (appointment)", choices=[SelectChoice("", "—"), *choices(SeatClass)]
    )
    role = SelectField(
        "Role (appointment)", choices=choices(MemberRole), default=MemberRole.MEMBER.value
    )
    effective_on = DateField(
        "First day seated (appointment) or last day seated (early end)",
        validators=[DataRequired()],
    )
    term_end = DateField("Term ends (appointment; empty: open-ended)", validators=[Optional()])
