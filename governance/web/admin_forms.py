"""The admin's forms: strict (unlisted fields refused) and CSRF-protected like every other."""

from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, Optional

from ..rules.vocab import BodyKind, MemberRole, QuorumRule, SeatClass, Threshold, UserRole
from ..services.directory import SETTINGS
from .forms import ZONES, StrictForm, choices, options

NONE = 0  # the "none" choice of an optional select whose values are ids


class OrganizationForm(StrictForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])


class PersonForm(StrictForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    email = EmailField("E-mail", validators=[Optional(), Length(max=254)])


class NewPersonForm(PersonForm):
    organization_id = SelectField("Organization", coerce=int, default=NONE)


class AffiliationForm(StrictForm):
    organization_id = SelectField("New organization", coerce=int, default=NONE)
    start_on = DateField("From", validators=[DataRequired()])


class MergeForm(StrictForm):
    duplicate_id = SelectField("Duplicate to fold into this person", coerce=int)


class BodyForm(StrictForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    quorum_rule = SelectField("Quorum rule", choices=choices(QuorumRule))
    default_threshold = SelectField(
        "Default threshold", choices=choices(Threshold, {t: t.label for t in Threshold})
    )
    member_limit = IntegerField("Member limit (empty: none)", validators=[Optional()])
    per_org_limit = IntegerField("Limit per organization (empty: none)", validators=[Optional()])
    recused_count_for_quorum = BooleanField("Recused members count toward quorum")
    summary_due_days = IntegerField(
        "Official summary due (days after adjournment)", validators=[Optional()]
    )
    timezone = SelectField(
        "Time zone", choices=options([("", "— none —"), *((z, z) for z in ZONES)]), default=""
    )
    description = TextAreaField("Public description", validators=[Optional(), Length(max=5000)])
    charter_url = StringField("Charter (link)", validators=[Optional(), Length(max=500)])
    list_address = StringField(
        "Public mailing list (gets each official summary at its release)",
        validators=[Optional(), Length(max=254)],
    )

    def settings(self) -> dict:
        return {name: self[name].data for name in SETTINGS}


class NewBodyForm(BodyForm):
    kind = SelectField("Kind", choices=choices(BodyKind))


class SeatForm(StrictForm):
    person_id = SelectField("Person", coerce=int)
    seat_class = SelectField("Seat class", choices=choices(SeatClass))
    role = SelectField("Role", choices=choices(MemberRole), default=MemberRole.MEMBER.value)
    term_start = DateField("Term starts", validators=[DataRequired()])
    term_end = DateField("Term ends (empty: open-ended)", validators=[Optional()])


class RenewForm(StrictForm):
    term_start = DateField("New term starts", validators=[DataRequired()])
    term_end = DateField("New term ends", validators=[Optional()])


class EndTermForm(StrictForm):
    last_day = DateField("Last day seated", validators=[DataRequired()])
    reason = StringField("Reason (e.g. resigned)", validators=[Optional(), Length(max=200)])


class ReplaceForm(EndTermForm):
    person_id = SelectField("Replacement for the rest of the term", coerce=int)


class InviteForm(StrictForm):
    email = EmailField("E-mail", validators=[DataRequired(), Length(max=254)])
    role = SelectField("Role", choices=choices(UserRole), default=UserRole.DIRECTOR.value)
    person_id = SelectField("Person (required for a director)", coerce=int, default=NONE)


class RoleForm(StrictForm):
    role = SelectField("Role", choices=choices(UserRole))
    person_id = SelectField("Person", coerce=int, default=NONE)


class ActiveForm(StrictForm):
    active = SelectField("Account", choices=options([("1", "enabled"), ("0", "disabled")]))


class AuditFilterForm(StrictForm):
    class Meta:
        csrf = False  # a GET filter changes nothing

    entity_type = StringField("Record kind", validators=[Optional(), Length(max=40)])
    entity_id = IntegerField("Record id", validators=[Optional()])
    actor = StringField("Actor (e-mail or cli)", validators=[Optional(), Length(max=254)])
    since = DateField("From", validators=[Optional()])
    until = DateField("Until", validators=[Optional()])


class SetPasswordForm(StrictForm):
    password = PasswordField(
        "Choose a password (12 characters or more)",
        validators=[DataRequired(), Length(max=1024)],
    )
