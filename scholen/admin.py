from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import avg
from .models import Bestuur, Bestuurslid, Lidmaatschap, School, Team, User


class LidmaatschapFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        for form in self.initial_forms:
            if "school" in form.changed_data and not self._should_delete_form(form):
                # Moving the row would keep the PLGs, reminders and sessions of the old school.
                form.add_error(
                    "school",
                    _(
                        "Een lidmaatschap gaat niet over naar een andere school. Verwijder het "
                        "en voeg een nieuw lidmaatschap toe."
                    ),
                )

    def delete_existing(self, obj, commit=True):
        # Deleting a row here ends the membership, with everything that goes with it.
        if commit:
            obj.beeindig()


class LidmaatschapInline(admin.TabularInline):
    model = Lidmaatschap
    formset = LidmaatschapFormSet
    extra = 0
    autocomplete_fields = ["school"]
    filter_horizontal = ["teams"]


class BestuurslidInline(admin.TabularInline):
    model = Bestuurslid
    extra = 0


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["naam"]
    list_display = ["naam", "email", "is_staff", "is_active"]
    search_fields = ["naam", "email"]
    list_filter = ["is_staff", "is_active", "lidmaatschappen__school"]
    fieldsets = [
        (None, {"fields": ["email", "naam", "password"]}),
        (_("Rechten"), {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        (_("Datums"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "naam", "password1", "password2"]})
    ]
    inlines = [LidmaatschapInline, BestuurslidInline]
    actions = ["verwijder_persoonsgegevens"]

    @admin.action(description=_("Persoonsgegevens verwijderen"), permissions=["change"])
    def verwijder_persoonsgegevens(self, request, queryset):
        """Erases the chosen people's data after a confirmation page (see avg.wis_persoon)."""
        if queryset.filter(pk=request.user.pk).exists():
            self.message_user(
                request,
                _("Je eigen gegevens kun je hier niet wissen; vraag dat een andere beheerder."),
                messages.ERROR,
            )
            return None
        personen = list(queryset.order_by("naam"))
        if request.POST.get("bevestigd") != "ja":
            return TemplateResponse(
                request,
                "admin/scholen/user/persoonsgegevens_verwijderen.html",
                {
                    **self.admin_site.each_context(request),
                    "title": _("Persoonsgegevens verwijderen"),
                    "opts": self.model._meta,
                    "personen": personen,
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                },
            )
        nakijken = []
        for persoon in personen:
            naam = persoon.naam
            wissing = avg.wis_persoon(persoon)
            # Logged after the erasure, so the log names the anonymous account only.
            self.log_change(request, wissing.persoon, "Persoonsgegevens verwijderd")
            if wissing.vermeldingen:
                nakijken.append((naam, wissing.vermeldingen))
        self.message_user(
            request,
            ngettext(
                "De gegevens van %(n)d persoon zijn gewist.",
                "De gegevens van %(n)d personen zijn gewist.",
                len(personen),
            )
            % {"n": len(personen)},
            messages.SUCCESS,
        )
        if nakijken:
            return TemplateResponse(
                request,
                "admin/scholen/user/vermeldingen_nakijken.html",
                {
                    **self.admin_site.each_context(request),
                    "title": _("Teksten om na te lezen"),
                    "opts": self.model._meta,
                    "nakijken": nakijken,
                },
            )
        return None


class TeamInline(admin.TabularInline):
    model = Team
    extra = 0


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ["naam", "plaats", "bestuur"]
    list_filter = ["bestuur"]
    search_fields = ["naam", "plaats"]
    inlines = [TeamInline]


@admin.register(Bestuur)
class BestuurAdmin(admin.ModelAdmin):
    search_fields = ["naam"]
