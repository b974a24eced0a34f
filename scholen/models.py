from collections.abc import Callable

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .sessies import SessionStore


class UserManager(BaseUserManager):
    def create_user(self, email, password=None, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Logs in by e-mail; what they may do depends on their memberships."""

    email = models.EmailField(_("e-mailadres"), unique=True)
    naam = models.CharField(_("naam"), max_length=150)
    is_staff = models.BooleanField(
        _("beheerder"), default=False, help_text=_("Mag inloggen in het beheer.")
    )
    is_active = models.BooleanField(_("actief"), default=True)
    date_joined = models.DateTimeField(_("aangemaakt op"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["naam"]

    class Meta:
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["naam"]

    def __str__(self):
        return self.naam or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.lower()
        super().save(*args, **kwargs)
        if not self.is_active:
            # A deactivated person is logged out everywhere at once, and reactivating the
            # account later does not bring an old session (on a lost laptop) back to life.
            self.sessies.all().delete()

    def get_full_name(self):
        return self.naam

    def get_short_name(self):
        return self.naam.split(" ")[0] if self.naam else self.email


class Sessie(AbstractBaseSession):
    """A login session, stored with whose it is, so that leaving a school or being
    deactivated can end every session of that person (see scholen.sessies)."""

    user = models.ForeignKey(
        User,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sessies",
        verbose_name=_("persoon"),
    )

    class Meta(AbstractBaseSession.Meta):
        verbose_name = _("sessie")
        verbose_name_plural = _("sessies")

    @classmethod
    def get_session_store_class(cls):
        return SessionStore


def lid_van_school(school_pad: str, user) -> Q:
    """Rows of a school where the person works now. `school_pad` leads from the row to its
    school; `user` is a person, or an F() of the row's own person field. Calendar feeds,
    "Mijn werk", reminders and notifications all go through this, so ending a membership
    ends every way in, whatever rows of the person stay behind."""
    return Q(
        **{
            f"{school_pad}__lidmaatschappen__user": user,
            f"{school_pad}__lidmaatschappen__user__is_active": True,
        }
    )


class Bestuur(models.Model):
    naam = models.CharField(_("naam"), max_length=200)

    class Meta:
        verbose_name = _("bestuur")
        verbose_name_plural = _("besturen")
        ordering = ["naam"]

    def __str__(self):
        return self.naam


class SchoolQuerySet(models.QuerySet):
    def voor_gebruiker(self, user):
        """The schools this person may see: their own, and every school of a board they serve."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        # Two IN subqueries instead of joins: no duplicate rows to fold away with DISTINCT, which
        # made every page's unread-notifications count scan far more than one person's schools.
        return self.filter(
            Q(pk__in=Lidmaatschap.objects.filter(user=user).values("school_id"))
            | Q(bestuur__in=Bestuurslid.objects.filter(user=user).values("bestuur_id"))
        )


class School(models.Model):
    bestuur = models.ForeignKey(
        Bestuur, on_delete=models.PROTECT, related_name="scholen", verbose_name=_("bestuur")
    )
    naam = models.CharField(_("naam"), max_length=200)
    plaats = models.CharField(_("plaats"), max_length=100, blank=True)

    objects = SchoolQuerySet.as_manager()

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("scholen")
        ordering = ["naam"]

    def __str__(self):
        return self.naam


class Team(models.Model):
    """A group of teachers within a school: a year group, a department, a location."""

    school = models.ForeignKey(
        School, on_delete=models.CASCADE, related_name="teams", verbose_name=_("school")
    )
    naam = models.CharField(_("naam"), max_length=100)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(fields=["school", "naam"], name="team_naam_uniek_per_school")
        ]

    def __str__(self):
        return self.naam


class Rol(models.TextChoices):
    SCHOOLLEIDER = "schoolleider", _("schoolleider")
    TEAMLID = "teamlid", _("teamlid")


class Lidmaatschap(models.Model):
    """A person works at a school in one role, and belongs to some of its teams."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="lidmaatschappen", verbose_name=_("persoon")
    )
    school = models.ForeignKey(
        School, on_delete=models.CASCADE, related_name="lidmaatschappen", verbose_name=_("school")
    )
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices, default=Rol.TEAMLID)
    teams = models.ManyToManyField(Team, blank=True, related_name="leden", verbose_name=_("teams"))
    functie = models.CharField(
        _("functie"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld: docent Nederlands, teamleider onderbouw."),
    )

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(fields=["user", "school"], name="een_lidmaatschap_per_school"),
            models.CheckConstraint(condition=Q(rol__in=Rol.values), name="lidmaatschap_rol_geldig"),
        ]

    def __str__(self):
        return f"{self.user} – {self.school} ({self.get_rol_display()})"

    def get_additional_data(self) -> dict:
        """Stored with each audit entry, so a school's trail is read without its objects."""
        return {"school": self.school_id}

    def beeindig(self) -> None:
        """Ends this person's work at this school: the membership goes, and with it what other
        apps hold for them there (PLG memberships, unsent reminders, notifications, see
        BIJ_EINDE_LIDMAATSCHAP), and every session of the person, so no open browser keeps
        the access the membership gave."""
        with transaction.atomic():
            for opruimen in BIJ_EINDE_LIDMAATSCHAP:
                opruimen(self.user, self.school)
            self.delete()
            Sessie.objects.filter(user=self.user_id).delete()


# What apps above this one keep per person per school, cleared when a membership ends. Each
# app registers a function (user, school) in its AppConfig.ready().
BIJ_EINDE_LIDMAATSCHAP: list[Callable[[User, School], None]] = []


class Bestuurslid(models.Model):
    """Board or quality staff: reads every school of the board, changes nothing."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="bestuursfuncties", verbose_name=_("persoon")
    )
    bestuur = models.ForeignKey(
        Bestuur, on_delete=models.CASCADE, related_name="bestuursleden", verbose_name=_("bestuur")
    )

    class Meta:
        verbose_name = _("bestuurslid of kwaliteitszorg")
        verbose_name_plural = _("bestuursleden en kwaliteitszorg")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "bestuur"], name="een_bestuursfunctie_per_bestuur"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.bestuur}"


class Wachtwoordherstel(models.Model):
    """A request for a reset link, recorded before anything is looked up or sent: the page then
    does the same work for every address, known or not, and a broker that is down loses
    nothing. The worker looks the address up, sends the link if it belongs to someone, and
    deletes the row."""

    email = models.EmailField(_("e-mailadres"))
    domein = models.CharField(max_length=255)
    https = models.BooleanField(default=False)
    created_at = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    # Empty while the broker could not take the job; the beat job hands it over later.
    doorgegeven_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("wachtwoordherstel")
        verbose_name_plural = _("wachtwoordherstellen")

    def __str__(self):
        return self.email
