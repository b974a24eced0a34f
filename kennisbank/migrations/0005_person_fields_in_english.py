from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0004_themas_per_school"),
    ]

    operations = [
        migrations.RenameField(model_name="bron", old_name="toegevoegd_door", new_name="created_by"),
    ]
