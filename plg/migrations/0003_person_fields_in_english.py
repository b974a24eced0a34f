from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("plg", "0002_werkruimte"),
    ]

    operations = [
        migrations.RenameField(model_name="actiepunt", old_name="gedaan_door", new_name="completed_by"),
        migrations.RenameField(model_name="actiepunt", old_name="aangemaakt_door", new_name="created_by"),
        migrations.RenameField(model_name="actiepunt", old_name="eigenaar", new_name="owner"),
        migrations.RenameField(
            model_name="analyseantwoord", old_name="bijgewerkt_door", new_name="updated_by"
        ),
        migrations.RenameField(model_name="bevinding", old_name="auteur", new_name="created_by"),
        migrations.RenameField(model_name="notitie", old_name="auteur", new_name="created_by"),
        migrations.RenameField(model_name="reactie", old_name="auteur", new_name="created_by"),
        migrations.RenameField(model_name="tussenstand", old_name="auteur", new_name="created_by"),
    ]
