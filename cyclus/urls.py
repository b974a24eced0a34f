app_name = "cyclus"

urlpatterns = []
