from django.contrib import admin

from .models import Meting, Monitormoment, Vraag


class VraagInline(admin.TabularInline):
    model = Vraag
    extra = 0


@admin.register(Monitormoment)
class MonitormomentAdmin(admin.ModelAdmin):
    list_display = ["titel", "cyclus", "datum", "sluitdatum", "gesloten_op"]
    list_filter = ["cyclus__speerpunt__school"]
    search_fields = ["titel", "cyclus__speerpunt__titel"]
    raw_id_fields = ["cyclus", "created_by"]
    filter_horizontal = ["teamleden"]
    inlines = [VraagInline]


@admin.register(Meting)
class MetingAdmin(admin.ModelAdmin):
    list_display = ["doel", "datum", "waarde", "observatie"]
    raw_id_fields = ["doel", "created_by"]
