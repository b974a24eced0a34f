from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import Bron, Bronkoppeling, Thema, Vraag, Vragenset


@admin.register(Thema)
class ThemaAdmin(admin.ModelAdmin):
    list_display = ["naam", "school"]
    list_filter = [("school", admin.EmptyFieldListFilter)]
    search_fields = ["naam"]

    def delete_queryset(self, request, queryset):
        # One by one, so every source loses the removed theme's name from its search columns.
        for thema in queryset:
            thema.delete()


@admin.register(Bron)
class BronAdmin(admin.ModelAdmin):
    list_display = ["titel", "auteurs", "jaar", "soort", "school", "voorgesteld"]
    list_filter = ["voorgesteld", "soort", ("school", admin.EmptyFieldListFilter), "themas"]
    search_fields = ["titel", "auteurs"]
    filter_horizontal = ["themas"]
    raw_id_fields = ["created_by"]
    actions = ["neem_op"]
    # A link typed without a scheme is a web address: the same reading as the school's own form.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The themes are saved after the source itself: bring the search columns up to date.
        form.instance.werk_zoekindex_bij()

    @admin.action(description=_("Opnemen in de gedeelde kennisbank"))
    def neem_op(self, request, queryset):
        for bron in queryset.filter(school__isnull=False):
            bron.neem_op_in_gedeelde_set()
        self.message_user(
            request, _("De bronnen horen nu bij de gedeelde kennisbank."), messages.SUCCESS
        )


@admin.register(Bronkoppeling)
class BronkoppelingAdmin(admin.ModelAdmin):
    list_display = ["bron", "speerpunt", "created_by", "created_at"]
    raw_id_fields = ["bron", "speerpunt", "created_by"]


class VraagInline(admin.TabularInline):
    model = Vraag
    extra = 1


@admin.register(Vragenset)
class VragensetAdmin(admin.ModelAdmin):
    list_display = ["titel", "thema", "volgorde"]
    inlines = [VraagInline]
