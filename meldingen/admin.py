from django.contrib import admin, messages
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import verzenden
from .models import Herinnering, Melding, Voorkeuren


@admin.register(Herinnering)
class HerinneringAdmin(admin.ModelAdmin):
    """Read-only: the log of what was recorded and sent, for answering "did I get a mail?",
    and the place to see which mails failed, why, and to try them again at once."""

    list_display = [
        "soort",
        "user",
        "datum",
        "bron",
        "object_id",
        "per_email",
        "verstuurd_op",
        "vervallen",
        "status",
        "pogingen",
        "laatste_fout",
        "volgende_poging",
        "in_verzending_sinds",
    ]
    list_filter = ["status", "soort", "bron", "per_email", "vervallen"]
    search_fields = ["user__naam", "user__email", "bron"]
    date_hierarchy = "datum"
    actions = ["nu_opnieuw_versturen"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_opnieuw_versturen_permission(self, request):
        return request.user.has_perm("meldingen.change_herinnering")

    @admin.action(
        description=_("Mislukte herinneringen nu opnieuw versturen"),
        permissions=["opnieuw_versturen"],
    )
    def nu_opnieuw_versturen(self, request, queryset):
        ids = list(queryset.mislukt().values_list("pk", flat=True))
        if not ids:
            self.message_user(
                request, gettext("Geen van deze herinneringen is mislukt."), messages.WARNING
            )
            return
        Herinnering.objects.filter(pk__in=ids).nu_opnieuw()
        try:
            verstuurd = verzenden.verstuur(alleen=ids)
        except OSError as fout:
            self.message_user(
                request,
                gettext(
                    "De mailserver is niet bereikbaar (%(fout)s); de verzendronde probeert het "
                    "straks opnieuw."
                )
                % {"fout": fout},
                messages.ERROR,
            )
            return
        nog_mislukt = Herinnering.objects.filter(pk__in=ids).mislukt().count()
        self.message_user(
            request,
            gettext("Verstuurd: %(verstuurd)s. Opnieuw mislukt: %(mislukt)s.")
            % {"verstuurd": verstuurd, "mislukt": nog_mislukt},
            messages.WARNING if nog_mislukt else messages.SUCCESS,
        )


@admin.register(Melding)
class MeldingAdmin(admin.ModelAdmin):
    list_display = ["titel", "user", "soort", "created_at", "gelezen_op"]
    list_filter = ["soort"]
    search_fields = ["titel", "user__naam", "user__email"]
    raw_id_fields = ["user"]


@admin.register(Voorkeuren)
class VoorkeurenAdmin(admin.ModelAdmin):
    list_display = ["user", "digest_ritme"]
    raw_id_fields = ["user"]
    exclude = ["ical_token"]
