app_name = "plg"

urlpatterns = []
