from django.contrib import admin

from .models import (
    Borging,
    Kernwaarde,
    SchoolInstellingen,
    Schooljaar,
    Signaal,
    Speerpunt,
    Transitie,
)


class SignaalInline(admin.TabularInline):
    model = Signaal
    extra = 0


class TransitieInline(admin.TabularInline):
    """The history is read here, never rewritten: it is the audit trail of the cycle."""

    model = Transitie
    extra = 0
    can_delete = False
    readonly_fields = [
        "op",
        "created_by",
        "soort",
        "van",
        "naar",
        "reden",
        "overgeslagen",
        "cyclus",
    ]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Speerpunt)
class SpeerpuntAdmin(admin.ModelAdmin):
    list_display = ["titel", "school", "stap", "status", "volgorde", "laatste_activiteit"]
    list_filter = ["school", "stap", "status"]
    search_fields = ["titel"]
    readonly_fields = ["stap", "stap_sinds", "laatste_activiteit"]
    filter_horizontal = ["teams", "kernwaarden"]
    inlines = [SignaalInline, TransitieInline]


@admin.register(SchoolInstellingen)
class SchoolInstellingenAdmin(admin.ModelAdmin):
    list_display = ["school", "limiet_per_team", "stil_na_weken"]


@admin.register(Kernwaarde)
class KernwaardeAdmin(admin.ModelAdmin):
    list_display = ["naam", "school"]
    list_filter = ["school"]


@admin.register(Schooljaar)
class SchooljaarAdmin(admin.ModelAdmin):
    list_display = ["__str__", "school", "is_huidig"]
    list_filter = ["school"]


@admin.register(Borging)
class BorgingAdmin(admin.ModelAdmin):
    list_display = ["cyclus", "borger", "evaluatiedatum"]
