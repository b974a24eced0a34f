app_name = "verbeterplan"

urlpatterns = []
