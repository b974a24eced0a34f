from django.contrib import admin

from .models import Herinnering, Melding, Meting, Monitormoment, Voorkeuren, Vraag


class VraagInline(admin.TabularInline):
    model = Vraag
    extra = 0


@admin.register(Monitormoment)
class MonitormomentAdmin(admin.ModelAdmin):
    list_display = ["titel", "cyclus", "datum", "sluitdatum", "gesloten_op"]
    list_filter = ["cyclus__speerpunt__school"]
    search_fields = ["titel", "cyclus__speerpunt__titel"]
    raw_id_fields = ["cyclus", "aangemaakt_door"]
    filter_horizontal = ["teamleden"]
    inlines = [VraagInline]


@admin.register(Meting)
class MetingAdmin(admin.ModelAdmin):
    list_display = ["doel", "datum", "waarde", "observatie"]
    raw_id_fields = ["doel", "ingevoerd_door"]


@admin.register(Herinnering)
class HerinneringAdmin(admin.ModelAdmin):
    """Read-only: the log of what was recorded and sent, for answering "did I get a mail?"."""

    list_display = ["soort", "user", "datum", "sleutel", "per_email", "verstuurd_op", "vervallen"]
    list_filter = ["soort", "per_email", "vervallen"]
    search_fields = ["user__naam", "user__email", "sleutel"]
    date_hierarchy = "datum"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


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
