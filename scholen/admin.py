from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Bestuur, Bestuurslid, Lidmaatschap, School, Team, User


class LidmaatschapInline(admin.TabularInline):
    model = Lidmaatschap
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
