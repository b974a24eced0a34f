from django.contrib import admin

from .models import (
    PLG,
    Actiepunt,
    Activiteit,
    Bevinding,
    Bijeenkomst,
    Expertise,
    Leerlingdeelnemer,
    PLGLid,
    Tussenstand,
)


class VerteldAdmin(admin.ModelAdmin):
    """A row added or changed here gets the feed lines the PLG's write methods would give it."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        Activiteit.objects.herschrijf(obj)


class PLGLidInline(admin.TabularInline):
    model = PLGLid
    extra = 0
    autocomplete_fields = ["user"]


class LeerlingInline(admin.TabularInline):
    model = Leerlingdeelnemer
    extra = 0


@admin.register(PLG)
class PLGAdmin(admin.ModelAdmin):
    list_display = ["naam", "speerpunt"]
    list_select_related = ["speerpunt"]
    search_fields = ["naam", "speerpunt__titel"]
    inlines = [PLGLidInline, LeerlingInline]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is PLGLid:
            for lid in formset.new_objects:
                Activiteit.objects.herschrijf(lid)


@admin.register(Bijeenkomst)
class BijeenkomstAdmin(VerteldAdmin):
    list_display = ["plg", "start", "plaats"]
    list_select_related = ["plg"]
    date_hierarchy = "start"


@admin.register(Actiepunt)
class ActiepuntAdmin(VerteldAdmin):
    list_display = ["wat", "plg", "owner", "deadline", "gedaan_op"]
    list_select_related = ["plg", "owner"]
    list_filter = ["deadline"]


@admin.register(Bevinding)
class BevindingAdmin(VerteldAdmin):
    list_display = ["plg", "soort", "groep", "datum"]
    list_select_related = ["plg"]
    list_filter = ["soort", "groep"]


@admin.register(Tussenstand)
class TussenstandAdmin(VerteldAdmin):
    list_display = ["titel", "plg", "gepubliceerd_op"]
    list_select_related = ["plg"]


@admin.register(Expertise)
class ExpertiseAdmin(admin.ModelAdmin):
    list_display = ["onderwerp", "user", "school"]
    list_select_related = ["user", "school"]
    search_fields = ["onderwerp", "user__naam"]
