import factory

from scholen.models import Bestuur, Bestuurslid, Lidmaatschap, Rol, School, Team, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@school.example.nl")
    naam = factory.Faker("name", locale="nl_NL")
    password = factory.PostGenerationMethodCall("set_password", "wachtwoord")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class BestuurFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bestuur

    naam = factory.Sequence(lambda n: f"Stichting {n}")


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School

    bestuur = factory.SubFactory(BestuurFactory)
    naam = factory.Sequence(lambda n: f"School {n}")
    plaats = "Utrecht"


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    school = factory.SubFactory(SchoolFactory)
    naam = factory.Sequence(lambda n: f"Team {n}")


class LidmaatschapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lidmaatschap

    user = factory.SubFactory(UserFactory)
    school = factory.SubFactory(SchoolFactory)
    rol = Rol.TEAMLID


class BestuurslidFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Bestuurslid

    user = factory.SubFactory(UserFactory)
    bestuur = factory.SubFactory(BestuurFactory)


def medewerker(school, rol=Rol.TEAMLID, **user_fields):
    """A person who works at `school` in `rol`."""
    return LidmaatschapFactory(school=school, rol=rol, user=UserFactory(**user_fields)).user
