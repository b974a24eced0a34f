from django.urls import reverse

from scholen.models import User


def test_anonymous_is_sent_to_login(client, school):
    for url in [reverse("start"), reverse("mensen", args=[school.pk])]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


def test_start_lists_my_schools_with_my_role(client, schoolleider, school, other_school):
    client.force_login(schoolleider)
    response = client.get(reverse("start"))
    assert response.status_code == 200
    assert school.naam in response.text
    assert other_school.naam not in response.text
    assert "schoolleider" in response.text


def test_start_without_schools_explains_what_to_do(client, db):
    user = User.objects.create_user("los@example.nl", "x", naam="Los Persoon")
    client.force_login(user)
    response = client.get(reverse("start"))
    assert "Vraag de beheerder" in response.text


def test_people_page_of_another_school_is_404(client, outsider, school):
    client.force_login(outsider)
    assert client.get(reverse("mensen", args=[school.pk])).status_code == 404


def test_people_page_lists_colleagues(client, teamlid, schoolleider, school):
    client.force_login(teamlid)
    response = client.get(reverse("mensen", args=[school.pk]))
    assert schoolleider.naam in response.text


def test_login_by_email_in_any_case(client, schoolleider):
    response = client.post(
        reverse("login"), {"username": schoolleider.email.upper(), "password": "wachtwoord"}
    )
    assert response.status_code == 302
    assert response.url == reverse("start")


def test_failed_login_says_so_in_dutch(client, schoolleider):
    response = client.post(reverse("login"), {"username": schoolleider.email, "password": "fout"})
    assert response.status_code == 200
    assert "Voer een juiste e-mailadres en wachtwoord in" in response.text


def test_password_reset_sends_a_working_link(
    client, teamlid, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("password_reset"), {"email": teamlid.email})
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [teamlid.email]
    link = next(line for line in message.body.splitlines() if "/account/reset/" in line)
    response = client.get(link.replace("http://testserver", ""), follow=True)
    assert response.status_code == 200
    assert "Nieuw wachtwoord kiezen" in response.text


def test_pages_carry_a_strict_content_security_policy(client, teamlid):
    client.force_login(teamlid)
    policy = client.get(reverse("start"))["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_english_is_available(client, teamlid):
    client.force_login(teamlid)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get(reverse("start"))
    assert 'lang="en"' in response.text
    assert "My schools" in response.text


def test_password_reset_for_unknown_address_sends_nothing_and_says_the_same(
    client, db, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("password_reset"), {"email": "onbekend@example.nl"})
    assert response.status_code == 302
    assert mailoutbox == []
