from django.contrib import admin

from .models import Besluit, PdfExport, PlanVersie, Verbeterplan


class BesluitInline(admin.TabularInline):
    model = Besluit
    extra = 0
    fields = ["datum", "besloten_door", "aangenomen", "voorwaarden", "created_by"]
    readonly_fields = fields
    can_delete = False


class PlanVersieInline(admin.TabularInline):
    """Frozen versions are read here, never changed: they are what the team decided."""

    model = PlanVersie
    extra = 0
    fields = ["nummer", "reden", "created_by", "created_at"]
    readonly_fields = fields
    can_delete = False


@admin.register(Verbeterplan)
class VerbeterplanAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "updated_at"]
    list_filter = ["status", "cyclus__speerpunt__school"]
    search_fields = ["cyclus__speerpunt__titel"]
    readonly_fields = ["cyclus", "status"]
    inlines = [BesluitInline, PlanVersieInline]


@admin.register(PdfExport)
class PdfExportAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "pogingen", "created_at", "klaar_op"]
    list_filter = ["status", "soort"]
    readonly_fields = ["plan", "soort", "sleutel", "versie_label", "bestand", "fout", "document"]
