<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnswerFilesEndpointsText</name>
    <message>
        <source>your answer files</source>
        <translation>Ihre Antwortdateien</translation>
    </message>
    <message>
        <source>your in-progress forms</source>
        <translation>Ihre Formulare in Bearbeitung</translation>
    </message>
    <message>
        <source>save the answer file “%1”</source>
        <translation>Antwortdatei „%1“ speichern</translation>
    </message>
    <message>
        <source>save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>the server could not be reached.</source>
        <translation>der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>the server did not answer in time.</source>
        <translation>der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted.</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>the sign-in was refused or has expired.</source>
        <translation>die Anmeldung wurde abgelehnt oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>your roles do not allow this.</source>
        <translation>Ihre Rollen erlauben das nicht.</translation>
    </message>
    <message>
        <source>it does not exist (any more).</source>
        <translation>es existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>it conflicts with what is on the server (a name already taken, or a state that does not allow it).</source>
        <translation>es steht im Konflikt mit dem Stand auf dem Server (ein bereits vergebener Name oder ein Zustand, der das nicht zulässt).</translation>
    </message>
    <message>
        <source>the server did not accept the input.</source>
        <translation>der Server hat die Eingabe nicht akzeptiert.</translation>
    </message>
    <message>
        <source>the server is busy; try again shortly.</source>
        <translation>der Server ist ausgelastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>the server reported an internal error.</source>
        <translation>der Server hat einen internen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read.</source>
        <translation>die Antwort des Servers ist nicht lesbar.</translation>
    </message>
    <message>
        <source>the server rejected the request.</source>
        <translation>der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation>Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehlgeschlagen: %1 – %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>the file to send could not be read.</source>
        <translation>Die zu sendende Datei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>AuthEndpoints</name>
    <message>
        <source>sign in as “%1”</source>
        <translation>als „%1“ anmelden</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>abmelden</translation>
    </message>
    <message>
        <source>there is no Infiniti sign-in at this address: check the Manage URL (usually https://server/Manage).</source>
        <translation>unter dieser Adresse gibt es keine Infiniti-Anmeldung: Prüfen Sie die Manage-URL (meist https://server/Manage).</translation>
    </message>
    <message>
        <source>there is no Infiniti sign-in at this address: check the Produce URL (usually https://server/Produce).</source>
        <translation>unter dieser Adresse gibt es keine Infiniti-Anmeldung: Prüfen Sie die Produce-URL (meist https://server/Produce).</translation>
    </message>
</context>
<context>
    <name>Base64FileBodyText</name>
    <message>
        <source>“%1” cannot be read any more (%2).</source>
        <translation>„%1“ lässt sich nicht mehr lesen (%2).</translation>
    </message>
    <message>
        <source>“%1” was removed while it was being sent; the upload was broken off.</source>
        <translation>„%1“ wurde während des Sendens entfernt; das Hochladen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” was removed after it was read; nothing was sent.</source>
        <translation>„%1“ wurde nach dem Lesen entfernt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” changed size while it was being sent (%L2 bytes when it was read, %L3 now); the upload was broken off.</source>
        <translation>„%1“ hat während des Sendens seine Größe geändert (%L2 Byte beim Lesen, jetzt %L3); das Hochladen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” changed size after it was read (%L2 bytes then, %L3 now); nothing was sent.</source>
        <translation>„%1“ hat nach dem Lesen seine Größe geändert (damals %L2 Byte, jetzt %L3); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” was changed while it was being sent; the upload was broken off.</source>
        <translation>„%1“ wurde während des Sendens geändert; das Hochladen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” was changed after it was read; nothing was sent.</source>
        <translation>„%1“ wurde nach dem Lesen geändert; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” could not be read while it was being sent (%2); the upload was broken off.</source>
        <translation>„%1“ konnte während des Sendens nicht gelesen werden (%2); das Hochladen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” became shorter while it was being sent; the upload was broken off.</source>
        <translation>„%1“ wurde während des Sendens kürzer; das Hochladen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Base64MemberStreamText</name>
    <message>
        <source>the file in the answer is not valid Base64 (misplaced &apos;=&apos;)</source>
        <translation>die Datei in der Antwort ist kein gültiges Base64 (ein „=“ an falscher Stelle)</translation>
    </message>
    <message>
        <source>the file in the answer is not valid Base64 (a character &apos;%1&apos;)</source>
        <translation>die Datei in der Antwort ist kein gültiges Base64 (ein Zeichen „%1“)</translation>
    </message>
    <message>
        <source>the file in the answer is not valid Base64 (an escaped character)</source>
        <translation>die Datei in der Antwort ist kein gültiges Base64 (ein maskiertes Zeichen)</translation>
    </message>
    <message>
        <source>the file in the answer is not valid Base64 (it ends in the middle)</source>
        <translation>die Datei in der Antwort ist kein gültiges Base64 (sie endet mittendrin)</translation>
    </message>
    <message>
        <source>the answer is not JSON (a control character in a string)</source>
        <translation>die Antwort ist kein JSON (ein Steuerzeichen in einer Zeichenkette)</translation>
    </message>
    <message>
        <source>the answer holds the file twice (&quot;%1&quot;)</source>
        <translation>die Antwort enthält die Datei zweimal („%1“)</translation>
    </message>
    <message>
        <source>the answer holds more than its file: over %1 besides it</source>
        <translation>die Antwort enthält mehr als ihre Datei: über %1 daneben</translation>
    </message>
    <message>
        <source>the answer ends in the middle of a string</source>
        <translation>die Antwort endet mitten in einer Zeichenkette</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation>die Antwort ist kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer holds no file (no &quot;%1&quot; string)</source>
        <translation>die Antwort enthält keine Datei (keine Zeichenkette „%1“)</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Trusted before (SHA-256):</source>
        <translation>Bisher vertraut (SHA-256):</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
</context>
<context>
    <name>ChangeStyle</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>newer here</source>
        <translation>hier neuer</translation>
    </message>
    <message>
        <source>newer there</source>
        <translation>dort neuer</translation>
    </message>
    <message>
        <source>other content</source>
        <translation>anderer Inhalt</translation>
    </message>
    <message>
        <source>other id</source>
        <translation>andere ID</translation>
    </message>
    <message>
        <source>Only on %1: promoting creates it on %2.</source>
        <translation>Nur auf %1: die Übertragung legt es auf %2 an.</translation>
    </message>
    <message>
        <source>Only on %1: promoting can delete it there.</source>
        <translation>Nur auf %1: die Übertragung kann es dort löschen.</translation>
    </message>
    <message>
        <source>On both, not alike: promoting makes %1&apos;s like %2&apos;s.</source>
        <translation>Auf beiden, aber verschieden: die Übertragung gleicht die Fassung auf %1 der auf %2 an.</translation>
    </message>
</context>
<context>
    <name>ClientEndpointsText</name>
    <message>
        <source>list the forms</source>
        <translation>Formulare auflisten</translation>
    </message>
    <message>
        <source>start generating documents</source>
        <translation>Dokumenterzeugung starten</translation>
    </message>
    <message>
        <source>check operation %1</source>
        <translation>Vorgang %1 prüfen</translation>
    </message>
    <message>
        <source>find the operation of run %1</source>
        <translation>Vorgang zum Lauf %1 suchen</translation>
    </message>
    <message>
        <source>cancel the generation</source>
        <translation>Erzeugung abbrechen</translation>
    </message>
    <message>
        <source>list the generated files</source>
        <translation>erzeugte Dateien auflisten</translation>
    </message>
    <message>
        <source>the generated files</source>
        <translation>die erzeugten Dateien</translation>
    </message>
    <message>
        <source>prepare the form</source>
        <translation>Formular vorbereiten</translation>
    </message>
    <message>
        <source>your tasks</source>
        <translation>Ihre Aufgaben</translation>
    </message>
    <message>
        <source>load task %1</source>
        <translation>Aufgabe %1 laden</translation>
    </message>
    <message>
        <source>unlock the task</source>
        <translation>Aufgabe entsperren</translation>
    </message>
    <message>
        <source>cancel the task</source>
        <translation>Aufgabe stornieren</translation>
    </message>
    <message>
        <source>revert the task</source>
        <translation>Aufgabe zurücksetzen</translation>
    </message>
    <message>
        <source>submit the task</source>
        <translation>Aufgabe absenden</translation>
    </message>
    <message>
        <source>reassign the task</source>
        <translation>Aufgabe neu zuweisen</translation>
    </message>
    <message>
        <source>download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
</context>
<context>
    <name>CollectionText</name>
    <message>
        <source>list %1</source>
        <translation>%1 auflisten</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>Eintrag hinzufügen (%1)</translation>
    </message>
    <message>
        <source>save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>ein in Zeile %1 geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text: the file is in another encoding (Excel&apos;s “CSV (Comma delimited)” writes Windows-1252). Save it as “CSV UTF-8” and try again.</source>
        <translation>Zeile %1 ist kein UTF-8-Text: die Datei hat eine andere Kodierung (Excels „CSV (Trennzeichen-getrennt)“ schreibt Windows-1252). Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DataSourcesEndpoints</name>
    <message>
        <source>data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>data objects</source>
        <translation>Datenobjekte</translation>
    </message>
</context>
<context>
    <name>DisplayWords</name>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Response metadata</source>
        <translation>Antwort-Metadaten</translation>
    </message>
    <message>
        <source>User profile</source>
        <translation>Benutzerprofil</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Only if missing</source>
        <translation>Nur wenn nicht vorhanden</translation>
    </message>
    <message>
        <source>If newer</source>
        <translation>Wenn neuer</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (Benutzer)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation>Fragment</translation>
    </message>
</context>
<context>
    <name>FoldersEndpointsText</name>
    <message>
        <source>content folders</source>
        <translation>Inhaltsordner</translation>
    </message>
    <message>
        <source>publish folders</source>
        <translation>Veröffentlichungsordner</translation>
    </message>
    <message>
        <source>list folders</source>
        <translation>Ordner auflisten</translation>
    </message>
    <message>
        <source>create the folder “%1”</source>
        <translation>Ordner „%1“ anlegen</translation>
    </message>
    <message>
        <source>save the folder “%1”</source>
        <translation>Ordner „%1“ speichern</translation>
    </message>
</context>
<context>
    <name>FormChooser</name>
    <message numerus="yes">
        <source>Not offered: %n form(s) the server lists without an id (%1).</source>
        <translation>
            <numerusform>Nicht angeboten: %n Formular, das der Server ohne ID aufführt (%1).</numerusform>
            <numerusform>Nicht angeboten: %n Formulare, die der Server ohne ID aufführt (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate documents</source>
        <translation>Dokumente erzeugen</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formular:</translation>
    </message>
    <message>
        <source>Ans&amp;wer file:</source>
        <translation>Antwo&amp;rtdatei:</translation>
    </message>
    <message>
        <source>Project v&amp;ersion:</source>
        <translation>Projekt&amp;version:</translation>
    </message>
    <message>
        <source>latest (e.g. 4.3 for forms that match project versions)</source>
        <translation>neueste (z. B. 4.3 für Formulare, die Projektversionen abgleichen)</translation>
    </message>
    <message>
        <source>&amp;Log the generation</source>
        <translation>Erzeugung &amp;protokollieren</translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation>Erzeugte Dokumente</translation>
    </message>
    <message>
        <source>Operation &amp;id:</source>
        <translation>Vorgangs-&amp;ID:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Show o&amp;utputs…</source>
        <translation>A&amp;usgaben anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Named values:</source>
        <translation>Benannte &amp;Werte:</translation>
    </message>
    <message>
        <source>Da&amp;ta files:</source>
        <translation>Da&amp;tendateien:</translation>
    </message>
</context>
<context>
    <name>GlobalFind</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Email the &amp;individual members instead of the group address</source>
        <translation>E-Mails an die &amp;einzelnen Mitglieder statt an die Gruppenadresse</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Username to add</source>
        <translation>Benutzername zum Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Members you add or remove here are changed on the server when you save the group.</source>
        <translation>Mitglieder, die Sie hier hinzufügen oder entfernen, werden auf dem Server geändert, wenn Sie die Gruppe speichern.</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>Re&amp;move from group</source>
        <translation>Aus der Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;To be saved:</source>
        <translation>&amp;Noch zu speichern:</translation>
    </message>
    <message>
        <source>Member changes to be saved</source>
        <translation>Noch zu speichernde Mitgliederänderungen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Drops the selected member changes: nothing is sent for them.</source>
        <translation>Verwirft die ausgewählten Mitgliederänderungen: für sie wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>GroupsEndpoints</name>
    <message>
        <source>list groups</source>
        <translation>Gruppen auflisten</translation>
    </message>
    <message>
        <source>load group %1</source>
        <translation>Gruppe %1 laden</translation>
    </message>
    <message>
        <source>create group “%1”</source>
        <translation>Gruppe „%1“ anlegen</translation>
    </message>
    <message>
        <source>save group “%1”</source>
        <translation>Gruppe „%1“ speichern</translation>
    </message>
    <message>
        <source>delete group %1</source>
        <translation>Gruppe %1 löschen</translation>
    </message>
    <message>
        <source>list the members of group %1</source>
        <translation>Mitglieder der Gruppe %1 auflisten</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>its “%1” is not a list</source>
        <translation>„%1“ darin ist keine Liste</translation>
    </message>
    <message>
        <source>it holds no list of “%1”</source>
        <translation>darin steht keine Liste „%1“</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>der Inhalt ist kein JSON</translation>
    </message>
    <message>
        <source>item %1 of the list is not an object</source>
        <translation>Eintrag %1 der Liste ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>LibraryEndpointsText</name>
    <message>
        <source>the content library</source>
        <translation>die Inhaltsbibliothek</translation>
    </message>
    <message>
        <source>load library item %1</source>
        <translation>Bibliothekselement %1 laden</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>add “%1” to the library</source>
        <translation>„%1“ zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>save library item “%1”</source>
        <translation>Bibliothekselement „%1“ speichern</translation>
    </message>
    <message>
        <source>replace the file of “%1”</source>
        <translation>Datei von „%1“ ersetzen</translation>
    </message>
    <message>
        <source>read the history of library item %1</source>
        <translation>Verlauf des Bibliothekselements %1 lesen</translation>
    </message>
    <message>
        <source>download version %1 of library item %2</source>
        <translation>Version %1 des Bibliothekselements %2 herunterladen</translation>
    </message>
</context>
<context>
    <name>LibraryUploadDialog</name>
    <message>
        <source>Add to the content library</source>
        <translation>Zur Inhaltsbibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Names, types, categories and folders can be changed here before anything is sent; the lists offer what the library already uses.</source>
        <translation>Namen, Typen, Kategorien und Ordner lassen sich hier ändern, bevor etwas gesendet wird; die Listen bieten an, was die Bibliothek bereits verwendet.</translation>
    </message>
    <message>
        <source>Files to add</source>
        <translation>Hinzuzufügende Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Licensed to:</source>
        <translation>Lizenziert für:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>License key:</source>
        <translation>Lizenzschlüssel:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
    <message>
        <source>Tenancy key:</source>
        <translation>Mandantenschlüssel:</translation>
    </message>
    <message>
        <source>Tenancy key</source>
        <translation>Mandantenschlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the tenancy key</source>
        <translation>Mandantenschlüssel kopieren</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>LicenseEndpoints</name>
    <message>
        <source>read the license</source>
        <translation>Lizenz lesen</translation>
    </message>
    <message>
        <source>update the license</source>
        <translation>Lizenz aktualisieren</translation>
    </message>
    <message>
        <source>read the tenancy key</source>
        <translation>Mandantenschlüssel lesen</translation>
    </message>
</context>
<context>
    <name>LicenseKeyDialog</name>
    <message>
        <source>Update license</source>
        <translation>Lizenz aktualisieren</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Paste the license key here</source>
        <translation>Fügen Sie den Lizenzschlüssel hier ein</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Aus &amp;Datei laden…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Paste the whole license key you were sent, or load the file it came in. Once the server accepts it, it replaces the current license.</source>
        <translation>&amp;Fügen Sie den ganzen Lizenzschlüssel ein, den Sie erhalten haben, oder laden Sie die Datei, in der er kam. Sobald der Server ihn annimmt, ersetzt er die aktuelle Lizenz.</translation>
    </message>
</context>
<context>
    <name>OutputsLookupDialog</name>
    <message>
        <source>Outputs of a submission</source>
        <translation>Ausgaben einer Übermittlung</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>an operation id, a run id or an output id</source>
        <translation>eine Vorgangs-ID, eine Ausführungs-ID oder eine Ausgabe-ID</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Generated in this session (pick one, or type an id above):</source>
        <translation>In dieser Sitzung &amp;erzeugt (eine wählen oder oben eine ID eingeben):</translation>
    </message>
    <message>
        <source>Generated in this session</source>
        <translation>In dieser Sitzung erzeugt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
</context>
<context>
    <name>PageCursor</name>
    <message>
        <source>the server keeps sending the same page (page %1 repeats page %2).</source>
        <translation>der Server sendet immer wieder dieselbe Seite (Seite %1 wiederholt Seite %2).</translation>
    </message>
    <message>
        <source>the server&apos;s list does not end (more than %L1 pages).</source>
        <translation>die Liste des Servers endet nicht (mehr als %L1 Seiten).</translation>
    </message>
    <message>
        <source>the server keeps sending the same page (its link to the next page, %1, leads back to a page already read).</source>
        <translation>der Server sendet immer wieder dieselbe Seite (sein Link zur nächsten Seite, %1, führt zu einer bereits gelesenen Seite zurück).</translation>
    </message>
    <message>
        <source>the server listed %1 twice while the list was read: the list changed meanwhile (or its paging is not stable), so others may be missing. Try again.</source>
        <translation>der Server hat %1 zweimal aufgeführt, während die Liste gelesen wurde: Die Liste hat sich inzwischen geändert (oder ihre Seitenaufteilung ist nicht stabil), daher können andere fehlen. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>the server sent an empty page whose link to the next one (%1) is on another site, so the rest of the list cannot be read.</source>
        <translation>der Server hat eine leere Seite gesendet, deren Verweis auf die nächste (%1) auf eine andere Website zeigt; der Rest der Liste kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the server sent %1 empty pages in a row, each linking to another; reading stopped there, so the list may be incomplete.</source>
        <translation>der Server hat %1 leere Seiten hintereinander gesendet, die jeweils auf eine weitere verweisen; das Lesen wurde dort beendet, die Liste ist also möglicherweise unvollständig.</translation>
    </message>
</context>
<context>
    <name>PlannerText</name>
    <message>
        <source>the role “%1”</source>
        <translation>die Rolle „%1“</translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation>die Gruppe „%1“</translation>
    </message>
    <message>
        <source>the custom field “%1”</source>
        <translation>das benutzerdefinierte Feld „%1“</translation>
    </message>
    <message>
        <source>the user “%1”</source>
        <translation>der Benutzer „%1“</translation>
    </message>
    <message>
        <source>the content folder “%1”</source>
        <translation>der Inhaltsordner „%1“</translation>
    </message>
    <message>
        <source>the publish folder “%1”</source>
        <translation>der Veröffentlichungsordner „%1“</translation>
    </message>
    <message>
        <source>the connector setting “%1”</source>
        <translation>die Connector-Einstellung „%1“</translation>
    </message>
    <message>
        <source>the communication template “%1”</source>
        <translation>die Kommunikationsvorlage „%1“</translation>
    </message>
    <message>
        <source>the data source “%1”</source>
        <translation>die Datenquelle „%1“</translation>
    </message>
    <message>
        <source>the data object “%1”</source>
        <translation>das Datenobjekt „%1“</translation>
    </message>
    <message>
        <source>the library item “%1”</source>
        <translation>das Bibliothekselement „%1“</translation>
    </message>
    <message>
        <source>the project “%1”</source>
        <translation>das Projekt „%1“</translation>
    </message>
    <message>
        <source>the publication “%1”</source>
        <translation>die Veröffentlichung „%1“</translation>
    </message>
    <message>
        <source>connector settings come with the connectors installed on a server; the API cannot create one</source>
        <translation>Connector-Einstellungen kommen mit den auf einem Server installierten Connectors; die API kann keine anlegen</translation>
    </message>
    <message>
        <source>its secrets (connection string, credentials) are not sent: set them there, or include secrets</source>
        <translation>ihre Geheimnisse (Verbindungszeichenfolge, Anmeldedaten) werden nicht übertragen: legen Sie sie dort fest oder schließen Sie Geheimnisse ein</translation>
    </message>
    <message>
        <source>it will have no password there (passwords never leave a server): set one</source>
        <translation>dort hat er kein Passwort (Passwörter verlassen nie einen Server): legen Sie eines fest</translation>
    </message>
    <message>
        <source>only a connector setting&apos;s value can be changed through the API</source>
        <translation>über die API lässt sich nur der Wert einer Connector-Einstellung ändern</translation>
    </message>
    <message>
        <source>its value is a secret: include secrets to promote it</source>
        <translation>ihr Wert ist ein Geheimnis: schließen Sie Geheimnisse ein, um ihn zu übertragen</translation>
    </message>
    <message>
        <source>only secrets differ: include secrets to promote them</source>
        <translation>nur Geheimnisse unterscheiden sich: schließen Sie Geheimnisse ein, um sie zu übertragen</translation>
    </message>
    <message>
        <source>its secrets stay as they are there (secrets not included)</source>
        <translation>ihre Geheimnisse bleiben dort unverändert (Geheimnisse nicht eingeschlossen)</translation>
    </message>
    <message>
        <source>%1 is newer on the target: promoting replaces it with the source&apos;s older one</source>
        <translation>%1 ist auf dem Ziel neuer: die Übertragung ersetzt es durch die ältere Fassung der Quelle</translation>
    </message>
    <message>
        <source>the API cannot delete custom fields</source>
        <translation>die API kann keine benutzerdefinierten Felder löschen</translation>
    </message>
    <message>
        <source>the API cannot delete connector settings</source>
        <translation>die API kann keine Connector-Einstellungen löschen</translation>
    </message>
    <message>
        <source>deleting was not confirmed with the target&apos;s name “%1”</source>
        <translation>das Löschen wurde nicht mit dem Namen des Ziels „%1“ bestätigt</translation>
    </message>
    <message>
        <source>deleting on the target was not asked for</source>
        <translation>Löschen auf dem Ziel wurde nicht angefordert</translation>
    </message>
    <message>
        <source>the target has a project of this name under another id; a sync package would clash with it</source>
        <translation>das Ziel hat ein Projekt dieses Namens unter einer anderen ID; ein Synchronisierungspaket würde damit kollidieren</translation>
    </message>
    <message>
        <source>the API cannot move a project to another folder or change its type</source>
        <translation>die API kann ein Projekt weder in einen anderen Ordner verschieben noch seinen Typ ändern</translation>
    </message>
    <message>
        <source>its folder and type stay as they are there: the API cannot move a project</source>
        <translation>Ordner und Typ bleiben dort unverändert: die API kann kein Projekt verschieben</translation>
    </message>
    <message>
        <source>%1 needs %2, which the target does not have: tick it too, or the server will refuse it</source>
        <translation>%1 benötigt %2, das auf dem Ziel fehlt: markieren Sie es ebenfalls, sonst lehnt der Server ab</translation>
    </message>
    <message>
        <source>its parent folder is not on the target: tick it too</source>
        <translation>der übergeordnete Ordner fehlt auf dem Ziel: markieren Sie ihn ebenfalls</translation>
    </message>
    <message>
        <source>its data source is not on the target: tick it too</source>
        <translation>die zugehörige Datenquelle fehlt auf dem Ziel: markieren Sie sie ebenfalls</translation>
    </message>
    <message>
        <source>its project is not on the target: tick it too</source>
        <translation>das zugehörige Projekt fehlt auf dem Ziel: markieren Sie es ebenfalls</translation>
    </message>
    <message>
        <source>its publish folder is not on the target: tick it too</source>
        <translation>der zugehörige Veröffentlichungsordner fehlt auf dem Ziel: markieren Sie ihn ebenfalls</translation>
    </message>
    <message>
        <source>%1 will arrive outside any folder: its content folder is not on the target</source>
        <translation>%1 landet außerhalb jedes Ordners: der zugehörige Inhaltsordner fehlt auf dem Ziel</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Anlegen: %1</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>Aktualisieren: %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Umbenennen: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Löschen: %1</translation>
    </message>
    <message>
        <source>Leave %1 as it is</source>
        <translation>Unverändert lassen: %1</translation>
    </message>
    <message>
        <source> (with its secrets)</source>
        <translation> (mit Geheimnissen)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Through the regular endpoints, in this order:</source>
        <translation>Über die regulären Endpunkte, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>In one sync package (exported from %1, imported into %2):</source>
        <translation>In einem Synchronisierungspaket (exportiert aus %1, importiert in %2):</translation>
    </message>
    <message>
        <source>Left alone:</source>
        <translation>Unverändert:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Leave alone</source>
        <translation>Unverändert lassen</translation>
    </message>
</context>
<context>
    <name>PrepareFormDialog</name>
    <message>
        <source>Prepare a form</source>
        <translation>Formular vorbereiten</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formular:</translation>
    </message>
    <message>
        <source>Save as an &amp;in-progress form</source>
        <translation>Als Formular in Bearbeitung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;As user:</source>
        <translation>&amp;Als Benutzer:</translation>
    </message>
    <message>
        <source>optional: prepare it for this user (needs the Impersonate permission)</source>
        <translation>optional: für diesen Benutzer vorbereiten (erfordert die Berechtigung „Identität annehmen“)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Named values:</source>
        <translation>Benannte &amp;Werte:</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Da&amp;ta files:</source>
        <translation>Da&amp;tendateien:</translation>
    </message>
</context>
<context>
    <name>ProjectImportDialog</name>
    <message>
        <source>Import projects</source>
        <translation>Projekte importieren</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. These packages were read on this computer:</source>
        <translation>Es wurde noch nichts gesendet. Diese Pakete wurden auf diesem Computer gelesen:</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Overwrite projects that exist (each gets a new version)</source>
        <translation>Vorhandene Projekte &amp;überschreiben (jedes erhält eine neue Version)</translation>
    </message>
    <message>
        <source>Overwrite &amp;content library items that exist</source>
        <translation>Vorhandene Elemente der &amp;Inhaltsbibliothek überschreiben</translation>
    </message>
    <message>
        <source>Target &amp;folder:</source>
        <translation>Ziel&amp;ordner:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Why (kept in each project&apos;s history)</source>
        <translation>Grund (wird im Verlauf jedes Projekts gespeichert)</translation>
    </message>
</context>
<context>
    <name>ProjectPackageText</name>
    <message>
        <source>projects.xml names a project without a Guid</source>
        <translation>projects.xml nennt ein Projekt ohne Guid</translation>
    </message>
    <message>
        <source>projects.xml names a project “%1” that is not a GUID</source>
        <translation>projects.xml nennt ein Projekt „%1“, das keine GUID ist</translation>
    </message>
    <message>
        <source>projects.xml lists “%1” twice</source>
        <translation>projects.xml führt „%1“ zweimal auf</translation>
    </message>
    <message>
        <source>projects.xml is not well-formed (line %1: %2)</source>
        <translation>projects.xml ist nicht wohlgeformt (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>projects.xml lists no projects</source>
        <translation>projects.xml führt keine Projekte auf</translation>
    </message>
    <message>
        <source>it has no projects.xml, so it is not a project package</source>
        <translation>es enthält keine projects.xml und ist daher kein Projektpaket</translation>
    </message>
    <message>
        <source>the definition of “%1” (%2.xml) is missing</source>
        <translation>die Definition von „%1“ (%2.xml) fehlt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Page fragment</source>
        <translation>Seitenfragment</translation>
    </message>
    <message>
        <source>type not given</source>
        <translation>Typ nicht angegeben</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>es ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s)</source>
        <translation>
            <numerusform>%1: %n Projekt</numerusform>
            <numerusform>%1: %n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>It can be imported.</source>
        <translation>Es kann importiert werden.</translation>
    </message>
    <message>
        <source>It cannot be imported.</source>
        <translation>Es kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>the definition of “%1” cannot be read: %2</source>
        <translation>die Definition von „%1“ ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>there is no %1.xml in it</source>
        <translation>es enthält keine %1.xml</translation>
    </message>
</context>
<context>
    <name>ProjectsEndpointsText</name>
    <message>
        <source>import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>list projects</source>
        <translation>Projekte auflisten</translation>
    </message>
    <message>
        <source>load project %1</source>
        <translation>Projekt %1 laden</translation>
    </message>
    <message>
        <source>rename the project to “%1”</source>
        <translation>Projekt in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>delete the project “%1”</source>
        <translation>Projekt „%1“ löschen</translation>
    </message>
    <message>
        <source>read the history of project %1</source>
        <translation>Verlauf des Projekts %1 lesen</translation>
    </message>
    <message>
        <source>export the project “%1”</source>
        <translation>Projekt „%1“ exportieren</translation>
    </message>
    <message>
        <source>export a sync package</source>
        <translation>Synchronisierungspaket exportieren</translation>
    </message>
    <message>
        <source>not a sync package: %1 at byte %2</source>
        <translation>kein Synchronisierungspaket: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a sync package: the file is not a JSON object</source>
        <translation>kein Synchronisierungspaket: die Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>import a sync package</source>
        <translation>Synchronisierungspaket importieren</translation>
    </message>
    <message>
        <source>export version %1 of project %2</source>
        <translation>Version %1 des Projekts %2 exportieren</translation>
    </message>
    <message>
        <source>a package</source>
        <translation>ein Paket</translation>
    </message>
    <message>
        <source>list folders</source>
        <translation>Ordner auflisten</translation>
    </message>
</context>
<context>
    <name>PromotionBodiesText</name>
    <message>
        <source>%1 is not on the target</source>
        <translation>%1 fehlt auf dem Ziel</translation>
    </message>
    <message>
        <source>its parent folder</source>
        <translation>der übergeordnete Ordner</translation>
    </message>
    <message>
        <source>its project</source>
        <translation>das zugehörige Projekt</translation>
    </message>
    <message>
        <source>its publish folder</source>
        <translation>der zugehörige Veröffentlichungsordner</translation>
    </message>
    <message>
        <source>its layout project</source>
        <translation>das zugehörige Layoutprojekt</translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <source>Include &amp;secrets (connection strings, connector values)</source>
        <translation>&amp;Geheimnisse einschließen (Verbindungszeichenfolgen, Connector-Werte)</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Bes&amp;tätigen:</translation>
    </message>
    <message>
        <source>Name of the target connection, to confirm the deletions</source>
        <translation>Name der Zielverbindung, zur Bestätigung der Löschungen</translation>
    </message>
    <message>
        <source>Steps of the promotion</source>
        <translation>Schritte der Übertragung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Differences that remain</source>
        <translation>Verbleibende Unterschiede</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Allow preview</source>
        <translation>Vorschau erlauben</translation>
    </message>
    <message>
        <source>Allow save</source>
        <translation>Speichern erlauben</translation>
    </message>
    <message>
        <source>Allow restart after submission</source>
        <translation>Neustart nach dem Absenden erlauben</translation>
    </message>
    <message>
        <source>Create in-progress forms automatically</source>
        <translation>Formulare in Bearbeitung automatisch anlegen</translation>
    </message>
    <message>
        <source>Log form interaction</source>
        <translation>Formularinteraktionen protokollieren</translation>
    </message>
    <message>
        <source>Enforce validation</source>
        <translation>Validierung erzwingen</translation>
    </message>
    <message>
        <source>Update document fields</source>
        <translation>Dokumentfelder aktualisieren</translation>
    </message>
    <message>
        <source>Hide the navigation pane</source>
        <translation>Navigationsbereich ausblenden</translation>
    </message>
    <message>
        <source>Show form activity</source>
        <translation>Formularaktivität anzeigen</translation>
    </message>
    <message>
        <source>Match project version for in-progress forms</source>
        <translation>Projektversion für Formulare in Bearbeitung abgleichen</translation>
    </message>
    <message>
        <source>Restrict availability dates</source>
        <translation>Verfügbarkeitszeitraum einschränken</translation>
    </message>
    <message>
        <source>Allow offline launch</source>
        <translation>Offline-Start erlauben</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>&amp;Help text:</source>
        <translation>&amp;Hilfetext:</translation>
    </message>
    <message>
        <source>&amp;Finish page message:</source>
        <translation>Meldung der &amp;Abschlussseite:</translation>
    </message>
    <message>
        <source>&amp;Completion message:</source>
        <translation>Abs&amp;chlussmeldung:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Troubleshooting mode:</source>
        <translation>&amp;Fehlerbehebungsmodus:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Output formats</source>
        <translation>Ausgabeformate</translation>
    </message>
    <message>
        <source>The vendor&apos;s API has this switch only, not the dates it applies to: the dates are neither shown nor set here.</source>
        <translation>Die API des Herstellers kennt nur diesen Schalter, nicht die Daten, für die er gilt: Die Daten werden hier weder angezeigt noch festgelegt.</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Publish f&amp;older:</source>
        <translation>Veröffentlichungs&amp;ordner:</translation>
    </message>
</context>
<context>
    <name>PublishedProjectsEndpointsText</name>
    <message>
        <source>published projects</source>
        <translation>veröffentlichte Projekte</translation>
    </message>
    <message>
        <source>load the publication %1</source>
        <translation>Veröffentlichung %1 laden</translation>
    </message>
    <message>
        <source>publish the project</source>
        <translation>Projekt veröffentlichen</translation>
    </message>
    <message>
        <source>save the publication</source>
        <translation>Veröffentlichung speichern</translation>
    </message>
    <message>
        <source>un-publish %1</source>
        <translation>Veröffentlichung von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>QListWidget</name>
    <message>
        <source>Not known to this console; kept as the server has it.</source>
        <translation>Dieser Konsole unbekannt; bleibt so, wie der Server es hat.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <extracomment>%1: a file type as its suffix in capitals (IXPKG, DOCX); %2: the suffix as in names</extracomment>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>&amp;Give it to:</source>
        <translation>&amp;Zuweisen an:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Ask the server to send a &amp;notification</source>
        <translation>Den Server um eine &amp;Benachrichtigung bitten</translation>
    </message>
    <message>
        <source>The vendor&apos;s Manage screens offer this, but its API documents no such choice: a server that does not know it notifies nobody.</source>
        <translation>Die Verwaltungsseiten des Herstellers bieten dies an, seine API kennt diese Wahl aber nicht: Ein Server, der sie nicht kennt, benachrichtigt niemanden.</translation>
    </message>
</context>
<context>
    <name>RecordsText</name>
    <message>
        <source>version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>RolesEndpoints</name>
    <message>
        <source>list roles</source>
        <translation>Rollen auflisten</translation>
    </message>
    <message>
        <source>load role %1</source>
        <translation>Rolle %1 laden</translation>
    </message>
    <message>
        <source>create role “%1”</source>
        <translation>Rolle „%1“ anlegen</translation>
    </message>
    <message>
        <source>save role “%1”</source>
        <translation>Rolle „%1“ speichern</translation>
    </message>
    <message>
        <source>delete role %1</source>
        <translation>Rolle %1 löschen</translation>
    </message>
</context>
<context>
    <name>SettingsEndpoints</name>
    <message>
        <source>custom fields</source>
        <translation>benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>connector settings</source>
        <translation>Connector-Einstellungen</translation>
    </message>
    <message>
        <source>communication templates</source>
        <translation>Kommunikationsvorlagen</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Fields of both sides</source>
        <translation>Felder beider Seiten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation>%1 (Quelle)</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>Only the &amp;changed fields</source>
        <translation>Nur die &amp;geänderten Felder</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Infiniti</source>
        <translation>Bei Infiniti anmelden</translation>
    </message>
    <message>
        <source>Connect to the Manage site of an Infiniti server.</source>
        <translation>Verbinden Sie sich mit der Manage-Site eines Infiniti-Servers.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Manage URL:</source>
        <translation>&amp;Manage-URL:</translation>
    </message>
    <message>
        <source>https://server/Manage</source>
        <translation>https://server/Manage</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet b&amp;leiben</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>Delete this saved connection and its remembered sign-in</source>
        <translation>Diese gespeicherte Verbindung und ihre gespeicherte Anmeldung löschen</translation>
    </message>
    <message>
        <source>Pr&amp;oduce URL:</source>
        <translation>&amp;Produce-URL:</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>Export a sync package</source>
        <translation>Synchronisierungspaket exportieren</translation>
    </message>
    <message>
        <source>Content library items, content folders and published projects go with the projects that use them. Connector settings and connection strings are left out unless ticked: they hold passwords. Users, groups and roles are left out unless ticked: the server puts in all of its own, not only those the projects use.</source>
        <translation>Inhaltsbibliothekselemente, Inhaltsordner und veröffentlichte Projekte kommen mit den Projekten, die sie verwenden. Connector-Einstellungen und Verbindungszeichenfolgen bleiben draußen, wenn sie nicht markiert sind: Sie enthalten Kennwörter. Benutzer, Gruppen und Rollen bleiben draußen, wenn sie nicht markiert sind: Der Server nimmt alle seine eigenen auf, nicht nur die, die die Projekte verwenden.</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <source>Parts of the package</source>
        <translation>Teile des Pakets</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Im Paket</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>UserPropertiesDialog</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Fa&amp;x:</source>
        <translation>Fa&amp;x:</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Street address&lt;/b&gt;</source>
        <translation>&lt;b&gt;Straßenanschrift&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Line 1:</source>
        <translation>Zeile 1:</translation>
    </message>
    <message>
        <source>Line 2:</source>
        <translation>Zeile 2:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Postal address&lt;/b&gt;</source>
        <translation>&lt;b&gt;Postanschrift&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Same as street address</source>
        <translation>Wie Straßenanschrift</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account &amp;disabled</source>
        <translation>Konto &amp;deaktiviert</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>User must &amp;change password at next login</source>
        <translation>Benutzer muss das Passwort bei der nächsten Anmeldung &amp;ändern</translation>
    </message>
    <message>
        <source>Password never e&amp;xpires</source>
        <translation>Passwort läuft &amp;nie ab</translation>
    </message>
    <message>
        <source>&amp;Two-factor authentication</source>
        <translation>&amp;Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation>&amp;Regionales Format:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>T&amp;ime zone:</source>
        <translation>Zei&amp;tzone:</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Neues Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Member of these &amp;groups:</source>
        <translation>Mitglied dieser &amp;Gruppen:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Roles given &amp;directly:</source>
        <translation>&amp;Direkt zugewiesene Rollen:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Reading the custom fields defined on the server…</source>
        <translation>Die auf dem Server definierten benutzerdefinierten Felder werden gelesen…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>Feld ent&amp;fernen</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON-Rohdaten</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
</context>
<context>
    <name>UsersEndpoints</name>
    <message>
        <source>list users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>load user %1</source>
        <translation>Benutzer %1 laden</translation>
    </message>
    <message>
        <source>find user “%1”</source>
        <translation>Benutzer „%1“ suchen</translation>
    </message>
    <message>
        <source>create user “%1”</source>
        <translation>Benutzer „%1“ anlegen</translation>
    </message>
    <message>
        <source>save user “%1”</source>
        <translation>Benutzer „%1“ speichern</translation>
    </message>
    <message>
        <source>delete user %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message>
        <source>there is no user with that name.</source>
        <translation>es gibt keinen Benutzer mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>WorkflowEndpointsText</name>
    <message>
        <source>workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>load workflow %1</source>
        <translation>Workflow %1 laden</translation>
    </message>
    <message>
        <source>abort workflow %1</source>
        <translation>Workflow %1 beenden</translation>
    </message>
    <message>
        <source>revert workflow %1</source>
        <translation>Workflow %1 zurücksetzen</translation>
    </message>
    <message>
        <source>reassign workflow %1</source>
        <translation>Workflow %1 neu zuweisen</translation>
    </message>
</context>
<context>
    <name>ZipText</name>
    <message>
        <source>it cannot be read from the start again (not a file)</source>
        <translation>sie lässt sich nicht erneut von Anfang an lesen (keine Datei)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (it is cut short)</source>
        <translation>die ZIP-Datei ist beschädigt (sie ist abgeschnitten)</translation>
    </message>
    <message>
        <source>not a ZIP file (too short)</source>
        <translation>keine ZIP-Datei (zu kurz)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (no central directory: it may be cut short)</source>
        <translation>die ZIP-Datei ist beschädigt (kein zentrales Verzeichnis: sie ist möglicherweise abgeschnitten)</translation>
    </message>
    <message>
        <source>not a ZIP file</source>
        <translation>keine ZIP-Datei</translation>
    </message>
    <message>
        <source>the ZIP file is split across several disks, which is not supported</source>
        <translation>die ZIP-Datei ist auf mehrere Datenträger verteilt, was nicht unterstützt wird</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (its ZIP64 end record is missing)</source>
        <translation>die ZIP-Datei ist beschädigt (ihr ZIP64-Endeintrag fehlt)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (it needs a ZIP64 end record and has none)</source>
        <translation>die ZIP-Datei ist beschädigt (sie benötigt einen ZIP64-Endeintrag und hat keinen)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (its directory points outside the file)</source>
        <translation>die ZIP-Datei ist beschädigt (ihr Verzeichnis zeigt außerhalb der Datei)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (its directory is shorter than its entry count)</source>
        <translation>die ZIP-Datei ist beschädigt (ihr Verzeichnis ist kürzer als ihre Eintragszahl)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (its directory cannot be read)</source>
        <translation>die ZIP-Datei ist beschädigt (ihr Verzeichnis ist nicht lesbar)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (entry %1 of its directory)</source>
        <translation>die ZIP-Datei ist beschädigt (Eintrag %1 ihres Verzeichnisses)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (a name runs past its directory)</source>
        <translation>die ZIP-Datei ist beschädigt (ein Name reicht über ihr Verzeichnis hinaus)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (the ZIP64 sizes of “%1”)</source>
        <translation>die ZIP-Datei ist beschädigt (die ZIP64-Größen von „%1“)</translation>
    </message>
    <message>
        <source>“%1” is encrypted</source>
        <translation>„%1“ ist verschlüsselt</translation>
    </message>
    <message>
        <source>it holds an entry named “%1”, which points outside the package</source>
        <translation>sie enthält einen Eintrag namens „%1“, der außerhalb des Pakets zeigt</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (it holds “%1” twice)</source>
        <translation>die ZIP-Datei ist beschädigt (sie enthält „%1“ zweimal)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (the sizes of “%1” disagree)</source>
        <translation>die ZIP-Datei ist beschädigt (die Größen von „%1“ stimmen nicht überein)</translation>
    </message>
    <message>
        <source>“%1” claims to expand %2 times (%3 bytes from %4): refused as a zip bomb</source>
        <translation>„%1“ gibt vor, sich auf das %2-Fache zu entpacken (%3 Bytes aus %4): als ZIP-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>entries of the ZIP file overlap: refused as a zip bomb or a damaged file</source>
        <translation>Einträge der ZIP-Datei überlappen sich: als ZIP-Bombe oder beschädigte Datei abgelehnt</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (“%1” has no local header)</source>
        <translation>die ZIP-Datei ist beschädigt („%1“ hat keinen lokalen Header)</translation>
    </message>
    <message>
        <source>the ZIP file is damaged (the local name of “%1” differs)</source>
        <translation>die ZIP-Datei ist beschädigt (der lokale Name von „%1“ weicht ab)</translation>
    </message>
    <message>
        <source>“%1” is cut short</source>
        <translation>„%1“ ist abgeschnitten</translation>
    </message>
    <message>
        <source>“%1” is damaged (its checksums disagree)</source>
        <translation>„%1“ ist beschädigt (die Prüfsummen stimmen nicht überein)</translation>
    </message>
    <message>
        <source>“%1” and “%2” overlap: refused as a zip bomb or a damaged file</source>
        <translation>„%1“ und „%2“ überlappen sich: als ZIP-Bombe oder beschädigte Datei abgelehnt</translation>
    </message>
    <message>
        <source>there is no “%1” in it</source>
        <translation>sie enthält kein „%1“</translation>
    </message>
    <message>
        <source>“%1” is too large to read at once (%2 bytes)</source>
        <translation>„%1“ ist zu groß, um es am Stück zu lesen (%2 Bytes)</translation>
    </message>
    <message>
        <source>“%1” uses a compression method we cannot read (%2)</source>
        <translation>„%1“ verwendet ein Komprimierungsverfahren, das wir nicht lesen können (%2)</translation>
    </message>
    <message>
        <source>“%1” is damaged (longer than its directory says)</source>
        <translation>„%1“ ist beschädigt (länger, als das Verzeichnis angibt)</translation>
    </message>
    <message>
        <source>reading “%1” was stopped</source>
        <translation>das Lesen von „%1“ wurde abgebrochen</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>“%1” is damaged (it does not decompress)</source>
        <translation>„%1“ ist beschädigt (es lässt sich nicht entpacken)</translation>
    </message>
    <message>
        <source>“%1” is damaged (its sizes disagree)</source>
        <translation>„%1“ ist beschädigt (die Größen stimmen nicht überein)</translation>
    </message>
    <message>
        <source>“%1” is damaged (checksum)</source>
        <translation>„%1“ ist beschädigt (Prüfsumme)</translation>
    </message>
    <message>
        <source>the archive cannot be written: %1</source>
        <translation>das Archiv kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being written</source>
        <translation>„%1“ hat sich geändert, während es geschrieben wurde</translation>
    </message>
    <message>
        <source>“%1” grew past 4 GiB while it was being written</source>
        <translation>„%1“ ist beim Schreiben über 4 GiB hinausgewachsen</translation>
    </message>
    <message numerus="yes">
        <source>it is not a ZIP file (%n byte(s) long)</source>
        <translation>
            <numerusform>es ist keine ZIP-Datei (%n Byte lang)</numerusform>
            <numerusform>es ist keine ZIP-Datei (%n Bytes lang)</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a ZIP file (it does not begin as one)</source>
        <translation>es ist keine ZIP-Datei (es beginnt nicht wie eine)</translation>
    </message>
    <message>
        <source>it is not a whole ZIP file (its ZIP64 end is missing)</source>
        <translation>es ist keine vollständige ZIP-Datei (ihr ZIP64-Ende fehlt)</translation>
    </message>
    <message>
        <source>it is not a whole ZIP file (its directory is not where its end says: cut short or damaged)</source>
        <translation>es ist keine vollständige ZIP-Datei (ihr Verzeichnis liegt nicht dort, wo ihr Ende es angibt: abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>it is not a whole ZIP file (it does not end as one: cut short?)</source>
        <translation>es ist keine vollständige ZIP-Datei (es endet nicht wie eine: abgeschnitten?)</translation>
    </message>
</context>
<context>
    <name>infiniti-ctl</name>
    <message>
        <source>sign in and remember the token in the keychain</source>
        <translation>anmelden und das Token im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>sign out (logoff) and forget the remembered token</source>
        <translation>abmelden und das gespeicherte Token vergessen</translation>
    </message>
    <message>
        <source>&apos;library %1&apos; needs --file FILE.</source>
        <translation>„library %1“ benötigt --file FILE.</translation>
    </message>
    <message>
        <source>&lt;id&gt; [--out FILE]</source>
        <translation>&lt;id&gt; [--out FILE]</translation>
    </message>
    <message>
        <source>one item&apos;s details; with --out, its file saved</source>
        <translation>Details eines Elements; mit --out wird seine Datei gespeichert</translation>
    </message>
    <message>
        <source>save the item&apos;s file here instead</source>
        <translation>die Datei des Elements stattdessen hier speichern</translation>
    </message>
    <message>
        <source>add a file (named after the file unless --name says otherwise)</source>
        <translation>eine Datei hinzufügen (benannt nach der Datei, sofern --name nichts anderes angibt)</translation>
    </message>
    <message>
        <source>the file to add</source>
        <translation>die hinzuzufügende Datei</translation>
    </message>
    <message>
        <source>the item&apos;s name (default: the file&apos;s name)</source>
        <translation>der Name des Elements (Standard: der Dateiname)</translation>
    </message>
    <message>
        <source>the library folder</source>
        <translation>der Bibliotheksordner</translation>
    </message>
    <message>
        <source>&lt;id&gt; --file FILE</source>
        <translation>&lt;id&gt; --file FILE</translation>
    </message>
    <message>
        <source>upload a new version of the item&apos;s file</source>
        <translation>eine neue Version der Datei des Elements hochladen</translation>
    </message>
    <message>
        <source>the new file</source>
        <translation>die neue Datei</translation>
    </message>
    <message>
        <source>&lt;id&gt;</source>
        <translation>&lt;id&gt;</translation>
    </message>
    <message>
        <source>the item&apos;s versions</source>
        <translation>die Versionen des Elements</translation>
    </message>
    <message>
        <source>&lt;id&gt; &lt;version&gt; --out FILE</source>
        <translation>&lt;id&gt; &lt;version&gt; --out FILE</translation>
    </message>
    <message>
        <source>save one version&apos;s file</source>
        <translation>die Datei einer Version speichern</translation>
    </message>
    <message>
        <source>where the file goes</source>
        <translation>wohin die Datei geschrieben wird</translation>
    </message>
    <message>
        <source>&apos;library export&apos; needs --out FILE.</source>
        <translation>„library export“ benötigt --out FILE.</translation>
    </message>
    <message>
        <source>the server&apos;s license</source>
        <translation>die Lizenz des Servers</translation>
    </message>
    <message>
        <source>edition, days left, seats and projects against their limits, modules</source>
        <translation>Edition, verbleibende Tage, Plätze und Projekte im Vergleich zu ihren Grenzen, Module</translation>
    </message>
    <message>
        <source>--key KEY | --key-file FILE</source>
        <translation>--key KEY | --key-file FILE</translation>
    </message>
    <message>
        <source>install a new license key</source>
        <translation>einen neuen Lizenzschlüssel installieren</translation>
    </message>
    <message>
        <source>&apos;license update&apos; needs --key KEY or --key-file FILE (one of them).</source>
        <translation>„license update“ benötigt --key KEY oder --key-file FILE (eines von beiden).</translation>
    </message>
    <message>
        <source>the forms you may run: folder, form, publish id</source>
        <translation>die Formulare, die Sie ausführen dürfen: Ordner, Formular, Veröffentlichungs-ID</translation>
    </message>
    <message>
        <source>the forms the signed-in user may run (Produce)</source>
        <translation>die Formulare, die der angemeldete Benutzer ausführen darf (Produce)</translation>
    </message>
    <message>
        <source>&lt;publishId&gt; [--value label=value]... [--data FILE]... [--answer-file FILE] [--version V] [--wait [--out DIR] [--wait-timeout S]]</source>
        <translation>&lt;publishId&gt; [--value label=value]... [--data FILE]... [--answer-file FILE] [--version V] [--wait [--out DIR] [--wait-timeout S]]</translation>
    </message>
    <message>
        <source>start generating documents; prints the operation id and URL. --wait follows it and saves the documents (into the current folder without --out)</source>
        <translation>die Dokumenterzeugung starten; gibt die Vorgangs-ID und die URL aus. --wait verfolgt den Vorgang und speichert die Dokumente (ohne --out im aktuellen Ordner)</translation>
    </message>
    <message>
        <source>the form&apos;s project version (default: the published one)</source>
        <translation>die Projektversion des Formulars (Standard: die veröffentlichte)</translation>
    </message>
    <message>
        <source>with --wait: the folder for the documents</source>
        <translation>mit --wait: der Ordner für die Dokumente</translation>
    </message>
    <message>
        <source>&apos;generate --out DIR&apos; saves documents only with --wait.</source>
        <translation>„generate --out DIR“ speichert Dokumente nur mit --wait.</translation>
    </message>
    <message>
        <source>generate documents from a form (Produce)</source>
        <translation>Dokumente aus einem Formular erzeugen (Produce)</translation>
    </message>
    <message>
        <source>&lt;operation-or-output-id&gt; --out DIR</source>
        <translation>&lt;operation-or-output-id&gt; --out DIR</translation>
    </message>
    <message>
        <source>save the documents of an earlier generation (every page of them)</source>
        <translation>die Dokumente einer früheren Erzeugung speichern (alle Seiten davon)</translation>
    </message>
    <message>
        <source>the folder for the documents</source>
        <translation>der Ordner für die Dokumente</translation>
    </message>
    <message>
        <source>&apos;outputs&apos; needs --out DIR.</source>
        <translation>„outputs“ benötigt --out DIR.</translation>
    </message>
    <message>
        <source>the documents of an earlier generation (Produce)</source>
        <translation>die Dokumente einer früheren Erzeugung (Produce)</translation>
    </message>
    <message>
        <source>fill a form in advance; prints the URL that opens it</source>
        <translation>ein Formular vorab ausfüllen; gibt die URL aus, die es öffnet</translation>
    </message>
    <message>
        <source>the saved form&apos;s description</source>
        <translation>die Beschreibung des gespeicherten Formulars</translation>
    </message>
    <message>
        <source>prepare a form for someone to open (Produce)</source>
        <translation>ein Formular vorbereiten, das jemand öffnen soll (Produce)</translation>
    </message>
    <message>
        <source>&lt;id&gt; --name NEW</source>
        <translation>&lt;id&gt; --name NEW</translation>
    </message>
    <message>
        <source>give a project a new name</source>
        <translation>ein Projekt umbenennen</translation>
    </message>
    <message>
        <source>the new name</source>
        <translation>der neue Name</translation>
    </message>
    <message>
        <source>&apos;projects rename&apos; needs --name NEW.</source>
        <translation>„projects rename“ benötigt --name NEW.</translation>
    </message>
    <message>
        <source>a project&apos;s versions</source>
        <translation>die Versionen eines Projekts</translation>
    </message>
    <message>
        <source>&lt;id&gt; --out FILE|DIR [--version V] | --all DIR</source>
        <translation>&lt;id&gt; --out FILE|DIR [--version V] | --all DIR</translation>
    </message>
    <message>
        <source>a project&apos;s .ixpkg (into a folder: under the server&apos;s file name); --all: every project, one .ixpkg each (a backup)</source>
        <translation>das .ixpkg eines Projekts (in einen Ordner: unter dem Dateinamen des Servers); --all: alle Projekte, je ein .ixpkg (eine Sicherung)</translation>
    </message>
    <message>
        <source>the file, or a folder for the server&apos;s file name</source>
        <translation>die Datei oder ein Ordner für den Dateinamen des Servers</translation>
    </message>
    <message>
        <source>this version rather than the latest</source>
        <translation>diese Version statt der neuesten</translation>
    </message>
    <message>
        <source>every project into the folder DIR</source>
        <translation>alle Projekte in den Ordner DIR</translation>
    </message>
    <message>
        <source>&apos;projects export&apos; needs &lt;id&gt; --out FILE|DIR, or --all DIR.</source>
        <translation>„projects export“ benötigt &lt;id&gt; --out FILE|DIR oder --all DIR.</translation>
    </message>
    <message>
        <source>FILE... [--overwrite] [--folder NAME] [--comment TEXT]</source>
        <translation>FILE... [--overwrite] [--folder NAME] [--comment TEXT]</translation>
    </message>
    <message>
        <source>import .ixpkg packages, one after another</source>
        <translation>.ixpkg-Pakete nacheinander importieren</translation>
    </message>
    <message>
        <source>the content folder new projects go to</source>
        <translation>der Inhaltsordner für neue Projekte</translation>
    </message>
    <message>
        <source>the new versions&apos; comment</source>
        <translation>der Kommentar der neuen Versionen</translation>
    </message>
    <message>
        <source>FILE... [--json|--csv]</source>
        <translation>FILE... [--json|--csv]</translation>
    </message>
    <message>
        <source>what .ixpkg packages hold (projects, files), read here: nothing is sent, no server needed</source>
        <translation>was .ixpkg-Pakete enthalten (Projekte, Dateien), hier gelesen: nichts wird gesendet, kein Server nötig</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>user accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>user groups</source>
        <translation>Benutzergruppen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>roles and their permissions</source>
        <translation>Rollen und ihre Berechtigungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln Rolle</numerusform>
            <numerusform>%Ln Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>custom field</source>
        <translation>benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>custom fields (they cannot be deleted)</source>
        <translation>benutzerdefinierte Felder (sie können nicht gelöscht werden)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln custom field(s)</source>
        <translation>
            <numerusform>%Ln benutzerdefiniertes Feld</numerusform>
            <numerusform>%Ln benutzerdefinierte Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>communication template</source>
        <translation>Kommunikationsvorlage</translation>
    </message>
    <message>
        <source>communication templates</source>
        <translation>Kommunikationsvorlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln communication template(s)</source>
        <translation>
            <numerusform>%Ln Kommunikationsvorlage</numerusform>
            <numerusform>%Ln Kommunikationsvorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>content folder</source>
        <translation>Inhaltsordner</translation>
    </message>
    <message>
        <source>content folders and their groups</source>
        <translation>Inhaltsordner und ihre Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln content folder(s)</source>
        <translation>
            <numerusform>%Ln Inhaltsordner</numerusform>
            <numerusform>%Ln Inhaltsordner</numerusform>
        </translation>
    </message>
    <message>
        <source>publish folder</source>
        <translation>Veröffentlichungsordner</translation>
    </message>
    <message>
        <source>publish folders and their groups</source>
        <translation>Veröffentlichungsordner und ihre Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln publish folder(s)</source>
        <translation>
            <numerusform>%Ln Veröffentlichungsordner</numerusform>
            <numerusform>%Ln Veröffentlichungsordner</numerusform>
        </translation>
    </message>
    <message>
        <source>connector setting</source>
        <translation>Connector-Einstellung</translation>
    </message>
    <message>
        <source>connector settings</source>
        <translation>Connector-Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connector setting(s)</source>
        <translation>
            <numerusform>%Ln Connector-Einstellung</numerusform>
            <numerusform>%Ln Connector-Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>data sources (connection strings only with --json)</source>
        <translation>Datenquellen (Verbindungszeichenfolgen nur mit --json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln data source(s)</source>
        <translation>
            <numerusform>%Ln Datenquelle</numerusform>
            <numerusform>%Ln Datenquellen</numerusform>
        </translation>
    </message>
    <message>
        <source>data object</source>
        <translation>Datenobjekt</translation>
    </message>
    <message>
        <source>the data objects of one data source (--datasource ID)</source>
        <translation>die Datenobjekte einer Datenquelle (--datasource ID)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln data object(s)</source>
        <translation>
            <numerusform>%Ln Datenobjekt</numerusform>
            <numerusform>%Ln Datenobjekte</numerusform>
        </translation>
    </message>
    <message>
        <source>library item</source>
        <translation>Bibliothekselement</translation>
    </message>
    <message>
        <source>the content library: items, their files and versions</source>
        <translation>die Inhaltsbibliothek: Elemente, ihre Dateien und Versionen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln library item(s)</source>
        <translation>
            <numerusform>%Ln Bibliothekselement</numerusform>
            <numerusform>%Ln Bibliothekselemente</numerusform>
        </translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>projects: versions, export (backups), import, packages</source>
        <translation>Projekte: Versionen, Export (Sicherungen), Import, Pakete</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln Projekt</numerusform>
            <numerusform>%Ln Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>every workflow (administrators): abort, reassign, revert</source>
        <translation>alle Workflows (Administratoren): beenden, neu zuweisen, zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workflow(s)</source>
        <translation>
            <numerusform>%Ln Workflow</numerusform>
            <numerusform>%Ln Workflows</numerusform>
        </translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>the signed-in user&apos;s workflow tasks (Produce)</source>
        <translation>die Workflow-Aufgaben des angemeldeten Benutzers (Produce)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>answer file</source>
        <translation>Antwortdatei</translation>
    </message>
    <message>
        <source>the signed-in user&apos;s answer files (Produce)</source>
        <translation>die Antwortdateien des angemeldeten Benutzers (Produce)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer file(s)</source>
        <translation>
            <numerusform>%Ln Antwortdatei</numerusform>
            <numerusform>%Ln Antwortdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>in-progress form</source>
        <translation>Formular in Bearbeitung</translation>
    </message>
    <message>
        <source>the signed-in user&apos;s in-progress forms (Produce)</source>
        <translation>die Formulare in Bearbeitung des angemeldeten Benutzers (Produce)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in-progress form(s)</source>
        <translation>
            <numerusform>%Ln Formular in Bearbeitung</numerusform>
            <numerusform>%Ln Formulare in Bearbeitung</numerusform>
        </translation>
    </message>
    <message>
        <source>--datasource ID</source>
        <translation>--datasource ID</translation>
    </message>
    <message>
        <source>every item (all pages): a table, --json or --csv</source>
        <translation>alle Einträge (alle Seiten): eine Tabelle, --json oder --csv</translation>
    </message>
    <message>
        <source>&lt;id&gt; | --name USERNAME</source>
        <translation>&lt;id&gt; | --name USERNAME</translation>
    </message>
    <message>
        <source>&lt;id&gt; --datasource ID</source>
        <translation>&lt;id&gt; --datasource ID</translation>
    </message>
    <message>
        <source>one user, by id or by username</source>
        <translation>einen Benutzer, nach ID oder Benutzername</translation>
    </message>
    <message>
        <source>one item by id</source>
        <translation>ein Eintrag nach ID</translation>
    </message>
    <message>
        <source>the username, instead of &lt;id&gt;</source>
        <translation>der Benutzername, anstelle von &lt;id&gt;</translation>
    </message>
    <message>
        <source>&apos;users get&apos; takes an &lt;id&gt; or --name USERNAME (one of them).</source>
        <translation>„users get“ erwartet eine &lt;id&gt; oder --name USERNAME (eines von beiden).</translation>
    </message>
    <message>
        <source>--file FILE --datasource ID</source>
        <translation>--file FILE --datasource ID</translation>
    </message>
    <message>
        <source>--file FILE</source>
        <translation>--file FILE</translation>
    </message>
    <message>
        <source>&lt;id&gt; --file FILE --datasource ID</source>
        <translation>&lt;id&gt; --file FILE --datasource ID</translation>
    </message>
    <message>
        <source>create one from a JSON object (--file - reads standard input)</source>
        <translation>einen Eintrag aus einem JSON-Objekt anlegen (--file - liest die Standardeingabe)</translation>
    </message>
    <message>
        <source>change the keys a JSON object gives; the others stay</source>
        <translation>die Schlüssel ändern, die ein JSON-Objekt angibt; die übrigen bleiben</translation>
    </message>
    <message>
        <source>the JSON object; - for standard input</source>
        <translation>das JSON-Objekt; - für die Standardeingabe</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; needs --file FILE (or --file - for standard input).</source>
        <translation>„%1 %2“ benötigt --file FILE (oder --file - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>delete one item</source>
        <translation>einen Eintrag löschen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --datasource ID.</source>
        <translation>„%1“ benötigt --datasource ID.</translation>
    </message>
    <message>
        <source>sync packages: projects and everything they need, between servers</source>
        <translation>Synchronisierungspakete: Projekte und alles, was sie benötigen, zwischen Servern</translation>
    </message>
    <message>
        <source>where the package goes</source>
        <translation>wohin das Paket geschrieben wird</translation>
    </message>
    <message>
        <source>&apos;sync export&apos; needs --out FILE.</source>
        <translation>„sync export“ benötigt --out FILE.</translation>
    </message>
    <message>
        <source>--without takes one of: %1.</source>
        <translation>--without akzeptiert einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>FILE [--mode MODE | --mode PART=MODE]...</source>
        <translation>FILE [--mode MODE | --mode PART=MODE]...</translation>
    </message>
    <message>
        <source>MODE: Always (default), IfNotExists or IfNewer; prints what was created, updated and skipped per part</source>
        <translation>MODE: Always (Standard), IfNotExists oder IfNewer; gibt je Teil aus, was angelegt, aktualisiert und übersprungen wurde</translation>
    </message>
    <message>
        <source>--mode takes Always, IfNotExists or IfNewer, alone or as PART=MODE.</source>
        <translation>--mode akzeptiert Always, IfNotExists oder IfNewer, allein oder als PART=MODE.</translation>
    </message>
    <message>
        <source>FILE.csv [--dry-run]</source>
        <translation>FILE.csv [--dry-run]</translation>
    </message>
    <message>
        <source>create or update users from CSV; prints a CSV report</source>
        <translation>Benutzer aus CSV anlegen oder aktualisieren; gibt einen CSV-Bericht aus</translation>
    </message>
    <message>
        <source>check every row and report what would happen; change nothing</source>
        <translation>jede Zeile prüfen und berichten, was geschehen würde; nichts ändern</translation>
    </message>
    <message>
        <source>give it to another user or group</source>
        <translation>einem anderen Benutzer oder einer anderen Gruppe zuweisen</translation>
    </message>
    <message>
        <source>why (shown to the new assignee)</source>
        <translation>der Grund (wird dem neuen Zuständigen angezeigt)</translation>
    </message>
    <message>
        <source>&apos;%1 reassign&apos; needs --to USER-OR-GROUP.</source>
        <translation>„%1 reassign“ benötigt --to USER-OR-GROUP.</translation>
    </message>
    <message>
        <source>end a workflow in progress</source>
        <translation>einen laufenden Workflow beenden</translation>
    </message>
    <message>
        <source>send a workflow back to its previous state</source>
        <translation>einen Workflow in seinen vorigen Zustand zurücksetzen</translation>
    </message>
    <message>
        <source>unlock a task someone has open</source>
        <translation>eine Aufgabe entsperren, die jemand geöffnet hat</translation>
    </message>
    <message>
        <source>cancel a task (when it allows it)</source>
        <translation>eine Aufgabe stornieren (sofern sie es zulässt)</translation>
    </message>
    <message>
        <source>send a task back to its previous state</source>
        <translation>eine Aufgabe in ihren vorigen Zustand zurücksetzen</translation>
    </message>
    <message>
        <source>submit a task</source>
        <translation>eine Aufgabe absenden</translation>
    </message>
    <message>
        <source>passwords are never taken from the command line; use INFINITI_PASSWORD or standard input.</source>
        <translation>Passwörter werden nie von der Befehlszeile übernommen; verwenden Sie INFINITI_PASSWORD oder die Standardeingabe.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Versuchen Sie „%1“.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no verb &apos;%2&apos;.</source>
        <translation>„%1“ hat kein Verb „%2“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb: %2.</source>
        <translation>„%1“ benötigt ein Verb: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take %2.</source>
        <translation>„%1“ akzeptiert kein %2.</translation>
    </message>
    <message>
        <source>--bom, --delimiter and --csv-raw shape --csv output; add --csv.</source>
        <translation>--bom, --delimiter und --csv-raw gestalten die Ausgabe von --csv; geben Sie --csv an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more: infiniti-ctl %2</source>
        <translation>„%1“ benötigt mehr: infiniti-ctl %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take &apos;%2&apos;.</source>
        <translation>„%1“ akzeptiert kein „%2“.</translation>
    </message>
    <message>
        <source>say which server: --server URL or --profile NAME.</source>
        <translation>geben Sie den Server an: --server URL oder --profile NAME.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>the server&apos;s Manage URL</source>
        <translation>die Manage-URL des Servers</translation>
    </message>
    <message>
        <source>the Produce URL, when it is not the Manage URL with /Manage -&gt; /Produce</source>
        <translation>die Produce-URL, wenn sie nicht die Manage-URL mit /Manage -&gt; /Produce ist</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the account to use</source>
        <translation>das zu verwendende Konto</translation>
    </message>
    <message>
        <source>a connection saved by infiniti-admin (instead of --server)</source>
        <translation>eine von infiniti-admin gespeicherte Verbindung (anstelle von --server)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>seconds of silence to wait for on each request (default 30, longer for uploads and exports)</source>
        <translation>Sekunden ohne Antwort, die bei jeder Anfrage abgewartet werden (Standard 30, länger bei Uploads und Exporten)</translation>
    </message>
    <message>
        <source>log each request and answer on standard error (tokens redacted)</source>
        <translation>jede Anfrage und Antwort auf der Standardfehlerausgabe protokollieren (Tokens unkenntlich gemacht)</translation>
    </message>
    <message>
        <source>help: of the command or verb it follows, else this overview</source>
        <translation>Hilfe: zum vorangehenden Befehl oder Verb, sonst diese Übersicht</translation>
    </message>
    <message>
        <source>the program&apos;s version</source>
        <translation>die Version des Programms</translation>
    </message>
    <message>
        <source>print the server&apos;s JSON</source>
        <translation>das JSON des Servers ausgeben</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation>--json und --csv lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>print CSV (UTF-8, CRLF, a header row)</source>
        <translation>CSV ausgeben (UTF-8, CRLF, eine Kopfzeile)</translation>
    </message>
    <message>
        <source>CSV starts with a UTF-8 byte order mark (for Excel)</source>
        <translation>CSV beginnt mit einer UTF-8-Bytereihenfolgemarkierung (für Excel)</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>CSV field separator: &apos;,&apos; (default), &apos;;&apos; or &apos;tab&apos;</source>
        <translation>CSV-Feldtrennzeichen: &apos;,&apos; (Standard), &apos;;&apos; oder &apos;tab&apos;</translation>
    </message>
    <message>
        <source>--delimiter takes &apos;,&apos;, &apos;;&apos; or &apos;tab&apos;.</source>
        <translation>--delimiter akzeptiert &apos;,&apos;, &apos;;&apos; oder &apos;tab&apos;.</translation>
    </message>
    <message>
        <source>CSV cells exactly as the server has them: no &apos; before = + - @ (for programs, not spreadsheets)</source>
        <translation>CSV-Zellen genau so, wie der Server sie hat: kein &apos; vor = + - @ (für Programme, nicht für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>the name the verb asks for</source>
        <translation>der Name, den das Verb verlangt</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the input file; - for standard input</source>
        <translation>die Eingabedatei; - für die Standardeingabe</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>where the downloaded file (or folder of files) goes</source>
        <translation>wohin die heruntergeladene Datei (oder der Ordner mit Dateien) geschrieben wird</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the data source whose data objects these are</source>
        <translation>die Datenquelle, zu der diese Datenobjekte gehören</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>the library category</source>
        <translation>die Bibliothekskategorie</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>der Ordner</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>eine Beschreibung</translation>
    </message>
    <message>
        <source>check and report, change nothing</source>
        <translation>prüfen und berichten, nichts ändern</translation>
    </message>
    <message>
        <source>every project</source>
        <translation>alle Projekte</translation>
    </message>
    <message>
        <source>import a project that exists as its new version</source>
        <translation>ein vorhandenes Projekt als seine neue Version importieren</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>ein Kommentar</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>the project version (default: the latest)</source>
        <translation>die Projektversion (Standard: die neueste)</translation>
    </message>
    <message>
        <source>label=value</source>
        <translation>label=value</translation>
    </message>
    <message>
        <source>a question&apos;s answer (repeatable)</source>
        <translation>die Antwort auf eine Frage (wiederholbar)</translation>
    </message>
    <message>
        <source>--value needs label=value.</source>
        <translation>--value benötigt label=value.</translation>
    </message>
    <message>
        <source>a data file (repeatable)</source>
        <translation>eine Datendatei (wiederholbar)</translation>
    </message>
    <message>
        <source>an answer file (XML)</source>
        <translation>eine Antwortdatei (XML)</translation>
    </message>
    <message>
        <source>follow the generation to its end and save the documents</source>
        <translation>die Erzeugung bis zum Ende verfolgen und die Dokumente speichern</translation>
    </message>
    <message>
        <source>with --wait: give up after S seconds (default 600)</source>
        <translation>mit --wait: nach S Sekunden aufgeben (Standard 600)</translation>
    </message>
    <message>
        <source>the user or group it goes to</source>
        <translation>der Benutzer oder die Gruppe, an die es geht</translation>
    </message>
    <message>
        <source>save it as an in-progress form</source>
        <translation>als Formular in Bearbeitung speichern</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>prepare it for this user</source>
        <translation>für diesen Benutzer vorbereiten</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>PART</translation>
    </message>
    <message>
        <source>leave this part out (repeatable)</source>
        <translation>diesen Teil auslassen (wiederholbar)</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Always, IfNotExists or IfNewer, for every part or as PART=MODE (repeatable)</source>
        <translation>Always, IfNotExists oder IfNewer, für jeden Teil oder als PART=MODE (wiederholbar)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Usage: infiniti-ctl [options] &lt;command&gt; [&lt;verb&gt;] [arguments] [options]</source>
        <translation>Aufruf: infiniti-ctl [Optionen] &lt;Befehl&gt; [&lt;Verb&gt;] [Argumente] [Optionen]</translation>
    </message>
    <message>
        <source>Infiniti and SmartIQ administration on the command line, for scripts and backups.</source>
        <translation>Infiniti- und SmartIQ-Verwaltung auf der Befehlszeile, für Skripte und Sicherungen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>These go before or after the command; a command&apos;s own options are in its help. Options
take their value as --name VALUE or --name=VALUE; &quot;--&quot; ends the options (for an argument
that starts with &apos;-&apos;).</source>
        <translation>Diese stehen vor oder nach dem Befehl; die eigenen Optionen eines Befehls stehen in seiner Hilfe.
Optionen erwarten ihren Wert als --name WERT oder --name=WERT; „--“ beendet die Optionen (für
ein Argument, das mit „-“ beginnt).</translation>
    </message>
    <message>
        <source>Run &apos;infiniti-ctl help &lt;command&gt;&apos; for a command&apos;s verbs and options.</source>
        <translation>„infiniti-ctl help &lt;Befehl&gt;“ zeigt die Verben und Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Usage: infiniti-ctl %1 &lt;verb&gt; [arguments] [options]</source>
        <translation>Aufruf: infiniti-ctl %1 &lt;Verb&gt; [Argumente] [Optionen]</translation>
    </message>
    <message>
        <source>Run &apos;infiniti-ctl help %1 &lt;verb&gt;&apos; for one verb; &apos;infiniti-ctl --help&apos; for the global options.</source>
        <translation>„infiniti-ctl help %1 &lt;Verb&gt;“ zeigt ein Verb; „infiniti-ctl --help“ die globalen Optionen.</translation>
    </message>
    <message>
        <source>Usage: infiniti-ctl %1</source>
        <translation>Aufruf: infiniti-ctl %1</translation>
    </message>
    <message>
        <source>Global options (--server, --profile, --user, --timeout, --verbose…): &apos;infiniti-ctl --help&apos;.</source>
        <translation>Globale Optionen (--server, --profile, --user, --timeout, --verbose…): „infiniti-ctl --help“.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>--part takes one of: %1.</source>
        <translation>--part nimmt einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>--to-server URL | --to-profile NAME [--to-user NAME] [--part PART]... [--json|--csv]</source>
        <translation>--to-server URL | --to-profile NAME [--to-user NAME] [--part TEIL]... [--json|--csv]</translation>
    </message>
    <message>
        <source>compare this server (the source) with the target: one row per difference — part, name, change as seen from the target (added, removed, changed), details. Exit 0 when they match, 7 when they differ</source>
        <translation>diesen Server (die Quelle) mit dem Ziel vergleichen: eine Zeile je Unterschied — Teil, Name, Änderung aus Sicht des Ziels (added, removed, changed), Einzelheiten. Exit-Code 0 bei Übereinstimmung, 7 bei Unterschieden</translation>
    </message>
    <message>
        <source>compare only this part (repeatable; default: all): roles, groups, customFields, users, contentFolders, publishFolders, connectorSettings, communicationTemplates, dataSources, dataObjects, libraryItems, projects, publishedProjects</source>
        <translation>nur diesen Teil vergleichen (wiederholbar; Standard: alle): roles, groups, customFields, users, contentFolders, publishFolders, connectorSettings, communicationTemplates, dataSources, dataObjects, libraryItems, projects, publishedProjects</translation>
    </message>
    <message>
        <source>compare two servers (the target&apos;s password: INFINITI_TO_PASSWORD)</source>
        <translation>zwei Server vergleichen (Passwort des Ziels: INFINITI_TO_PASSWORD)</translation>
    </message>
    <message>
        <source>--to-server URL | --to-profile NAME [--to-user NAME] (--item PART:ID... | --all-changed [--part PART]...) [--dry-run] [--include-secrets] [--delete --confirm-target NAME]</source>
        <translation>--to-server URL | --to-profile NAME [--to-user NAME] (--item TEIL:ID... | --all-changed [--part TEIL]...) [--dry-run] [--include-secrets] [--delete --confirm-target NAME]</translation>
    </message>
    <message>
        <source>make the target like this server for the differences named: prints what was created, updated, left alone or refused (and why), then compares again. Nothing is deleted without --delete and --confirm-target; secrets stay behind without --include-secrets</source>
        <translation>das Ziel für die genannten Unterschiede diesem Server angleichen: gibt aus, was angelegt, aktualisiert, belassen oder abgelehnt wurde (und warum), und vergleicht danach erneut. Ohne --delete und --confirm-target wird nichts gelöscht; Geheimnisse bleiben ohne --include-secrets zurück</translation>
    </message>
    <message>
        <source>with --all-changed: only this part (repeatable)</source>
        <translation>mit --all-changed: nur dieser Teil (wiederholbar)</translation>
    </message>
    <message>
        <source>show the steps planned; change nothing (only the comparison reads)</source>
        <translation>die geplanten Schritte zeigen; nichts ändern (nur der Vergleich liest)</translation>
    </message>
    <message>
        <source>&apos;promote&apos; needs either --item PART:ID (repeatable) or --all-changed.</source>
        <translation>„promote“ braucht entweder --item TEIL:ID (wiederholbar) oder --all-changed.</translation>
    </message>
    <message>
        <source>--part goes with --all-changed; an --item names its part itself.</source>
        <translation>--part gehört zu --all-changed; ein --item nennt seinen Teil selbst.</translation>
    </message>
    <message>
        <source>--item needs PART:ID, e.g. users:jane.citizen.</source>
        <translation>--item braucht TEIL:ID, z. B. users:jane.citizen.</translation>
    </message>
    <message>
        <source>--item: the part is one of: %1.</source>
        <translation>--item: der Teil ist einer von: %1.</translation>
    </message>
    <message>
        <source>--delete needs --confirm-target NAME: the target&apos;s name, as confirmation.</source>
        <translation>--delete braucht --confirm-target NAME: den Namen des Ziels als Bestätigung.</translation>
    </message>
    <message>
        <source>--confirm-target goes with --delete.</source>
        <translation>--confirm-target gehört zu --delete.</translation>
    </message>
    <message>
        <source>promote differences from this server to the target</source>
        <translation>Unterschiede von diesem Server auf das Ziel übertragen</translation>
    </message>
    <message>
        <source>say which server is the target: --to-server URL or --to-profile NAME.</source>
        <translation>Geben Sie an, welcher Server das Ziel ist: --to-server URL oder --to-profile NAME.</translation>
    </message>
    <message>
        <source>the target server&apos;s Manage URL</source>
        <translation>die Manage-URL des Zielservers</translation>
    </message>
    <message>
        <source>the account on the target (default: the saved connection&apos;s last user, else --user)</source>
        <translation>das Konto auf dem Ziel (Standard: der letzte Benutzer der gespeicherten Verbindung, sonst --user)</translation>
    </message>
    <message>
        <source>the target as a connection saved by infiniti-admin (instead of --to-server)</source>
        <translation>das Ziel als von infiniti-admin gespeicherte Verbindung (statt --to-server)</translation>
    </message>
    <message>
        <source>compare only this part (repeatable; default: all)</source>
        <translation>nur diesen Teil vergleichen (wiederholbar; Standard: alle)</translation>
    </message>
    <message>
        <source>PART:ID</source>
        <translation>TEIL:ID</translation>
    </message>
    <message>
        <source>a difference to promote: its part and its name, key or id (repeatable)</source>
        <translation>ein zu übertragender Unterschied: sein Teil und sein Name, Schlüssel oder seine ID (wiederholbar)</translation>
    </message>
    <message>
        <source>promote every difference (of the parts given with --part)</source>
        <translation>jeden Unterschied übertragen (der mit --part genannten Teile)</translation>
    </message>
    <message>
        <source>let connection strings, credentials and connector values cross too</source>
        <translation>auch Verbindungszeichenfolgen, Anmeldedaten und Connector-Werte übertragen</translation>
    </message>
    <message>
        <source>delete on the target what is only there (needs --confirm-target)</source>
        <translation>auf dem Ziel löschen, was nur dort vorhanden ist (braucht --confirm-target)</translation>
    </message>
    <message>
        <source>with --delete: the target&apos;s name (its saved connection&apos;s name, else its URL)</source>
        <translation>mit --delete: der Name des Ziels (der Name seiner gespeicherten Verbindung, sonst seine URL)</translation>
    </message>
    <message>
        <source>The password is read from INFINITI_PASSWORD, or from standard input when it is not a
terminal (login asks on the terminal); never from the command line. Without either,
the token remembered by &apos;login&apos; is used. The target of diff and promote: its password
from INFINITI_TO_PASSWORD, else the same one; else its remembered token; else asked on
the terminal.</source>
        <translation>Das Passwort wird aus INFINITI_PASSWORD gelesen oder aus der Standardeingabe, wenn diese kein
Terminal ist (login fragt im Terminal); nie von der Befehlszeile. Ohne beides wird
das von „login“ gemerkte Token verwendet. Das Ziel von diff und promote: sein Passwort
aus INFINITI_TO_PASSWORD, sonst dasselbe; sonst sein gemerktes Token; sonst wird im
Terminal gefragt.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 other failure (also output that could not be written),
2 usage error, 3 authentication failure (401/403), 4 network failure (unreachable,
timeout, TLS), 5 server error (5xx, unreadable answer), 6 request rejected (404, 409,
400, other 4xx), 7 the servers differ (diff), 130 interrupted (Ctrl+C).</source>
        <translation>Exit-Codes: 0 OK, 1 sonstiger Fehler (auch nicht schreibbare Ausgabe), 2 Aufruffehler,
3 Authentifizierungsfehler (401/403), 4 Netzwerkfehler (nicht erreichbar, Zeitüberschreitung,
TLS), 5 Serverfehler (5xx, unlesbare Antwort), 6 Anfrage abgelehnt (404, 409, 400, andere 4xx),
7 die Server unterscheiden sich (diff), 130 unterbrochen (Strg+C).</translation>
    </message>
    <message>
        <source>seconds any one request may take in all, however slowly its answer comes (default 300, an hour for uploads and exports)</source>
        <translation>Sekunden, die eine einzelne Anfrage insgesamt dauern darf, wie langsam ihre Antwort auch kommt (Standard 300, eine Stunde bei Uploads und Exporten)</translation>
    </message>
    <message>
        <source>%1 needs a whole number of seconds (at least 1).</source>
        <translation>%1 benötigt eine ganze Zahl von Sekunden (mindestens 1).</translation>
    </message>
    <message>
        <source>ask the server to tell the new assignee (not in the vendor&apos;s API: a server may ignore it)</source>
        <translation>den Server bitten, die neue zuständige Person zu benachrichtigen (nicht in der API des Herstellers: ein Server kann es ignorieren)</translation>
    </message>
    <message>
        <source>[PROJECT-ID...] --out FILE [--with PART]... [--without PART]...</source>
        <translation>[PROJEKT-ID...] --out DATEI [--with TEIL]... [--without TEIL]...</translation>
    </message>
    <message>
        <source>a sync package of the projects (all by default) and what they need (library items, data sources, folders, custom fields); connectorSettings and connectionStrings (passwords, in clear text) and users, groups and roles only --with them</source>
        <translation>ein Synchronisierungspaket der Projekte (standardmäßig aller) und dessen, was sie brauchen (Bibliothekselemente, Datenquellen, Ordner, benutzerdefinierte Felder); connectorSettings und connectionStrings (Kennwörter, im Klartext) sowie Benutzer, Gruppen und Rollen nur mit --with</translation>
    </message>
    <message>
        <source>--with %1 and --without %1 contradict.</source>
        <translation>--with %1 und --without %1 widersprechen sich.</translation>
    </message>
    <message>
        <source>--with takes one of: %1.</source>
        <translation>--with akzeptiert einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>put in a part left out by default (repeatable)</source>
        <translation>einen standardmäßig ausgelassenen Teil aufnehmen (wiederholbar)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (did you mean &apos;%2&apos;?).</source>
        <translation>unbekannte Option „%1“ (meinten Sie „%2“?).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?).</source>
        <translation>unbekannter Befehl „%1“ (meinten Sie „%2“?).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no verb &apos;%2&apos; (did you mean &apos;%3&apos;?).</source>
        <translation>„%1“ hat kein Verb „%2“ (meinten Sie „%3“?).</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>  export INFINITI_PASSWORD=...    (or: echo &quot;$PW&quot; | infiniti-ctl ...)
  infiniti-ctl --server https://host/Manage --user admin users list --csv &gt; users.csv
  infiniti-ctl --profile Production users get --name jane@example.com --json
  infiniti-ctl --profile Production projects export --all backup/
  infiniti-ctl --profile Production sync export --out all.iqpkg --with users
  infiniti-ctl --profile Test diff --to-profile Production</source>
        <translation>  export INFINITI_PASSWORD=...    (oder: echo &quot;$PW&quot; | infiniti-ctl ...)
  infiniti-ctl --server https://host/Manage --user admin users list --csv &gt; benutzer.csv
  infiniti-ctl --profile Production users get --name jane@example.com --json
  infiniti-ctl --profile Production projects export --all sicherung/
  infiniti-ctl --profile Production sync export --out all.iqpkg --with users
  infiniti-ctl --profile Test diff --to-profile Production</translation>
    </message>
    <message>
        <source>--file FILE [--name NAME] [--category C] [--folder NAME] [--description D]</source>
        <translation>--file FILE [--name NAME] [--category C] [--folder NAME] [--description D]</translation>
    </message>
    <message>
        <source>&lt;publishId&gt; [--value label=value]... [--in-progress] [--description D] [--as-user USER]</source>
        <translation>&lt;publishId&gt; [--value label=value]... [--in-progress] [--description D] [--as-user USER]</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>&lt;id&gt; --to NAME [--comment TEXT] [--notify]</source>
        <translation>&lt;id&gt; --to NAME [--comment TEXT] [--notify]</translation>
    </message>
    <message>
        <source>&lt;id&gt; --to NAME [--comment TEXT]</source>
        <translation>&lt;id&gt; --to NAME [--comment TEXT]</translation>
    </message>
    <message>
        <source>the license key (seen in the process list: --key-file is safer)</source>
        <translation>der Lizenzschlüssel (in der Prozessliste sichtbar: --key-file ist sicherer)</translation>
    </message>
    <message>
        <source>a file holding the license key; - for standard input</source>
        <translation>eine Datei mit dem Lizenzschlüssel; - für die Standardeingabe</translation>
    </message>
</context>
<context>
    <name>infiniti::AccountAccess</name>
    <message>
        <source>read your permissions</source>
        <translation>Ihre Berechtigungen lesen</translation>
    </message>
    <message>
        <source>No session.</source>
        <translation>Keine Sitzung.</translation>
    </message>
    <message>
        <source>your user&apos;s roles and groups</source>
        <translation>die Rollen und Gruppen Ihres Benutzers</translation>
    </message>
    <message>
        <source>the permissions of the role “%1”</source>
        <translation>die Berechtigungen der Rolle „%1“</translation>
    </message>
    <message>
        <source>the role “%1”</source>
        <translation>die Rolle „%1“</translation>
    </message>
    <message>
        <source>read what your account may do</source>
        <translation>Berechtigungen des Kontos lesen</translation>
    </message>
    <message>
        <source>the server&apos;s lists do not give %1.</source>
        <translation>die Listen des Servers geben %1 nicht an.</translation>
    </message>
    <message>
        <source>the roles of the group “%1”</source>
        <translation>die Rollen der Gruppe „%1“</translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation>die Gruppe „%1“</translation>
    </message>
</context>
<context>
    <name>infiniti::AnswerFilesPane</name>
    <message>
        <source>In-progress forms</source>
        <translation>Formulare in Bearbeitung</translation>
    </message>
    <message>
        <source>Answer files</source>
        <translation>Antwortdateien</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formular:</translation>
    </message>
    <message>
        <source>Answer &amp;XML:</source>
        <translation>Antwort-&amp;XML:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in-progress form(s)</source>
        <translation>
            <numerusform>%Ln Formular in Bearbeitung</numerusform>
            <numerusform>%Ln Formulare in Bearbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer file(s)</source>
        <translation>
            <numerusform>%Ln Antwortdatei</numerusform>
            <numerusform>%Ln Antwortdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>New in-progress form</source>
        <translation>Neues Formular in Bearbeitung</translation>
    </message>
    <message>
        <source>New answer file</source>
        <translation>Neue Antwortdatei</translation>
    </message>
    <message>
        <source>The forms could not be listed: %1</source>
        <translation>Die Formulare konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Your changes were saved as a new answer file, but the old “%1” could not be deleted: both are there now.</source>
        <translation>Ihre Änderungen wurden als neue Antwortdatei gespeichert, aber die alte „%1“ konnte nicht gelöscht werden: jetzt sind beide vorhanden.</translation>
    </message>
    <message>
        <source>The server does not change an answer file in place: saving stores your version as a new answer file and then deletes this one.</source>
        <translation>Der Server ändert eine Antwortdatei nicht an Ort und Stelle: Beim Speichern wird Ihre Fassung als neue Antwortdatei abgelegt und diese dann gelöscht.</translation>
    </message>
</context>
<context>
    <name>infiniti::ApiJob</name>
    <message>
        <source>No session.</source>
        <translation>Keine Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent nothing for %1.</source>
        <translation>der Server hat %1 lang nichts gesendet.</translation>
    </message>
    <message>
        <source>the whole answer did not arrive within %1.</source>
        <translation>die vollständige Antwort ist nicht innerhalb von %1 eingetroffen.</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 this console takes in.</source>
        <translation>die Antwort ist größer als die %1, die diese Konsole annimmt.</translation>
    </message>
    <message>
        <source>its length (Content-Length: %1) is not a length.</source>
        <translation>ihre Längenangabe (Content-Length: %1) ist keine Länge.</translation>
    </message>
    <message>
        <source>the server redirected it to %1, another site; that is not followed, so your sign-in is not sent there.</source>
        <translation>der Server hat die Anfrage nach %1 umgeleitet, auf eine andere Site; dem wird nicht gefolgt, damit Ihre Anmeldung nicht dorthin gesendet wird.</translation>
    </message>
    <message>
        <source>the server redirects it in a loop.</source>
        <translation>der Server leitet die Anfrage im Kreis um.</translation>
    </message>
    <message>
        <source>the server redirected it from HTTPS to plain HTTP, which is refused.</source>
        <translation>der Server hat die Anfrage von HTTPS auf unverschlüsseltes HTTP umgeleitet; das wird abgelehnt.</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes.</source>
        <translation>die Antwort brach nach %1 von %2 Bytes ab.</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete (%1 bytes came).</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war (%1 Bytes kamen an).</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read: %1.</source>
        <translation>die Antwort des Servers ist nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>its link to the next page is not a link</source>
        <translation>der Link zur nächsten Seite ist kein Link</translation>
    </message>
    <message>
        <source>the server redirected it elsewhere, and a request it already read is not sent a second time.</source>
        <translation>der Server hat sie anderswohin umgeleitet, und eine Anfrage, die er schon gelesen hat, wird nicht ein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>the connection closed after the request went out and before any answer, so it may or may not have been done. Check before you try again.</source>
        <translation>die Verbindung wurde geschlossen, nachdem die Anfrage gesendet war und bevor eine Antwort kam; sie wurde also vielleicht ausgeführt, vielleicht nicht. Prüfen Sie das, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is not on this connection&apos;s server, so the sign-in was not sent there.</source>
        <translation>%1 liegt nicht auf dem Server dieser Verbindung, daher wurde die Anmeldung nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>no secure connection could be made: the server may not serve HTTPS at this address.</source>
        <translation>es konnte keine sichere Verbindung hergestellt werden: Der Server bietet unter dieser Adresse möglicherweise kein HTTPS an.</translation>
    </message>
    <message>
        <source>the server closed the connection without answering.</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
</context>
<context>
    <name>infiniti::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>infiniti::BulkProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n fehlgeschlagen:</numerusform>
            <numerusform>%n fehlgeschlagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::CertificateTrustDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer does not trust. Someone may be pretending to be the server. Trust it only if the fingerprint matches the one your administrator gave you.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Möglicherweise gibt sich jemand als der Server aus. Vertrauen Sie ihm nur, wenn der Fingerabdruck mit dem übereinstimmt, den Ihr Administrator Ihnen genannt hat.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 has changed&lt;/b&gt; since you trusted it for this connection. A server gets a new certificate when the old one is renewed — but this is also what it looks like when someone intercepts the connection. Trust the new one only if its fingerprint matches the one your administrator gave you for the new certificate.</source>
        <translation>&lt;b&gt;Das Zertifikat von %1 hat sich geändert&lt;/b&gt;, seit Sie ihm für diese Verbindung vertraut haben. Ein Server erhält ein neues Zertifikat, wenn das alte erneuert wird — genauso sieht es aber auch aus, wenn jemand die Verbindung abfängt. Vertrauen Sie dem neuen nur, wenn sein Fingerabdruck mit dem übereinstimmt, den Ihr Administrator Ihnen für das neue Zertifikat genannt hat.</translation>
    </message>
    <message>
        <source>New fingerprint (SHA-256):</source>
        <translation>Neuer Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>&amp;Do not trust it</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>infiniti::CompareWindow</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Tick all s&amp;hown</source>
        <translation>Alle angezeigten &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>Markierungen auf&amp;heben</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>&amp;Übertragen…</translation>
    </message>
    <message>
        <source>Compare servers</source>
        <translation>Server vergleichen</translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation>Quellverbindung</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>Zielverbindung</translation>
    </message>
    <message>
        <source>Swap source and target</source>
        <translation>Quelle und Ziel tauschen</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Differences are seen from the target: a promotion makes the target like the source.</source>
        <translation>Unterschiede werden vom Ziel aus gesehen: eine Übertragung gleicht das Ziel der Quelle an.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Show the differences of one part</source>
        <translation>Die Unterschiede eines Teils anzeigen</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>Alle Teile</translation>
    </message>
    <message>
        <source>Show one kind of change</source>
        <translation>Eine Art von Änderung anzeigen</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Filter by name or text (Ctrl+F)</source>
        <translation>Nach Name oder Text filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter by name or text</source>
        <translation>Nach Name oder Text filtern</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Tick every difference the filters show, for promoting</source>
        <translation>Alle Unterschiede markieren, die die Filter zeigen, zum Übertragen</translation>
    </message>
    <message>
        <source>Save the differences shown as CSV or JSON</source>
        <translation>Die angezeigten Unterschiede als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Preview how the ticked differences would be promoted to the target</source>
        <translation>Vorschau, wie die markierten Unterschiede auf das Ziel übertragen würden</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not compared: the sign-in to %1 was cancelled.</source>
        <translation>Nicht verglichen: die Anmeldung bei %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Choose two different connections: the source and the target are both %1.</source>
        <translation>Wählen Sie zwei verschiedene Verbindungen: Quelle und Ziel sind beide %1.</translation>
    </message>
    <message>
        <source>Tick at least one part to compare.</source>
        <translation>Markieren Sie mindestens einen Teil zum Vergleichen.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation>%1 (Quelle)</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>Reading both servers…</source>
        <translation>Beide Server werden gelesen…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Differences: %1 → %2</source>
        <translation>Unterschiede: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 matches %2 in the %n part(s) compared (read in %3 s).</source>
        <translation>
            <numerusform>%1 stimmt in dem %n verglichenen Teil mit %2 überein (gelesen in %3 s).</numerusform>
            <numerusform>%1 stimmt in den %n verglichenen Teilen mit %2 überein (gelesen in %3 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1 objects on %2, %3 on %4 (read in %5 s). Double-click a row or press Return to see both sides.</source>
        <translation>
            <numerusform>%n Unterschied: %1 Objekte auf %2, %3 auf %4 (gelesen in %5 s). Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um beide Seiten zu sehen.</numerusform>
            <numerusform>%n Unterschiede: %1 Objekte auf %2, %3 auf %4 (gelesen in %5 s). Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um beide Seiten zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>Abgebrochen: es wurde nichts verglichen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Untick “%1” and compare again, or sign in to %2 as someone allowed to read it.</source>
        <translation>Heben Sie die Markierung von „%1“ auf und vergleichen Sie erneut, oder melden Sie sich bei %2 als jemand an, der es lesen darf.</translation>
    </message>
    <message>
        <source>“%1” is read to describe %2: untick %2 and compare again.</source>
        <translation>„%1“ wird gelesen, um %2 zu beschreiben: heben Sie die Markierung von %2 auf und vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Compare again to sign in to %1 again.</source>
        <translation>Vergleichen Sie erneut, um sich wieder bei %1 anzumelden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s)</source>
        <translation>
            <numerusform>%Ln Unterschied</numerusform>
            <numerusform>%Ln Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln markiert</numerusform>
            <numerusform>%Ln markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared yet</source>
        <translation>Noch nicht verglichen</translation>
    </message>
    <message>
        <source>Export the differences shown</source>
        <translation>Die angezeigten Unterschiede exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>differences %1 to %2.csv</source>
        <translation>Unterschiede %1 zu %2.csv</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed by a promotion: the differences below are from before it. Compare again before promoting more.</source>
        <translation>%1 wurde durch eine Übertragung geändert: die Unterschiede unten stammen von davor. Vergleichen Sie erneut, bevor Sie weiter übertragen.</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Sign in to another server and save it as a connection</source>
        <translation>An einem weiteren Server anmelden und ihn als Verbindung speichern</translation>
    </message>
    <message>
        <source>The connection “%1” was added and is signed in: Compare when ready.</source>
        <translation>Die Verbindung „%1“ wurde hinzugefügt und ist angemeldet: Vergleichen Sie, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>There is only one connection: add the server to compare with (New connection…).</source>
        <translation>Es gibt nur eine Verbindung: Fügen Sie den Server, mit dem verglichen werden soll, hinzu (Neue Verbindung…).</translation>
    </message>
</context>
<context>
    <name>infiniti::ConnectionPool</name>
    <message>
        <source>%1 (this console)</source>
        <translation>%1 (diese Konsole)</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>anmelden</translation>
    </message>
    <message>
        <source>The connection “%1” is no longer saved.</source>
        <translation>Die Verbindung „%1“ ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Sign in to “%1” to compare it.</source>
        <translation>Melden Sie sich bei „%1“ an, um den Vergleich zu ermöglichen.</translation>
    </message>
    <message>
        <source>The certificate was not trusted; nothing was sent.</source>
        <translation>Dem Zertifikat wurde nicht vertraut; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Sign in to another server to compare with. The connection is saved for next time, as in the sign-in dialog.</source>
        <translation>Melden Sie sich an einem weiteren Server an, um mit ihm zu vergleichen. Die Verbindung wird wie im Anmeldedialog für das nächste Mal gespeichert.</translation>
    </message>
    <message>
        <source>A connection named “%1” is already saved: choose it in the list instead, or give this one another name.</source>
        <translation>Eine Verbindung namens „%1“ ist bereits gespeichert: Wählen Sie sie in der Liste, oder geben Sie dieser einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>infiniti::ConnectionStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <source>Certificate untrusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>The server last answered at %1.</source>
        <translation>Der Server hat zuletzt um %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (um %2)</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. The next request asks you to sign in again.</source>
        <translation>Der Server akzeptiert Ihre Anmeldung nicht mehr. Bei der nächsten Anfrage werden Sie erneut zur Anmeldung aufgefordert.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s first answer.</source>
        <translation>Warten auf die erste Antwort des Servers.</translation>
    </message>
</context>
<context>
    <name>infiniti::ConsoleController</name>
    <message>
        <source>Demo emulator</source>
        <translation>Demo-Emulator</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again to continue where you left off.</source>
        <translation>Der Server akzeptiert Ihre Anmeldung nicht mehr. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>anmelden</translation>
    </message>
    <message>
        <source>The certificate was not trusted; nothing was sent.</source>
        <translation>Dem Zertifikat wurde nicht vertraut; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Your sign-in cannot be remembered on this computer because no keychain is available (it may be locked or missing). You will be asked to sign in next time.</source>
        <translation>Ihre Anmeldung kann auf diesem Computer nicht gespeichert werden, weil kein Schlüsselbund verfügbar ist (er ist gesperrt oder fehlt). Beim nächsten Mal werden Sie erneut nach der Anmeldung gefragt.</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>its remembered sign-in could not be removed from the keychain (%1). Unlock the keychain and try again; the connection stays until then, so that no sign-in is left behind.</source>
        <translation>ihre gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut; bis dahin bleibt die Verbindung bestehen, damit keine Anmeldung zurückbleibt.</translation>
    </message>
</context>
<context>
    <name>infiniti::DataFilesTable</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Add &amp;data file…</source>
        <translation>&amp;Datendatei hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Datendateien</translation>
    </message>
    <message>
        <source>Data (*.xml *.json *.csv);;All files (*)</source>
        <translation>Daten (*.xml *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read: %2</source>
        <translation>Die Datendatei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>a data source, or its id</source>
        <translation>eine Datenquelle oder ihre ID</translation>
    </message>
    <message>
        <source>Data source (optional)</source>
        <translation>Datenquelle (optional)</translation>
    </message>
    <message>
        <source>Reading the data sources…</source>
        <translation>Die Datenquellen werden gelesen…</translation>
    </message>
    <message>
        <source>The server has no data sources to choose from; a data source&apos;s id can still be typed.</source>
        <translation>Der Server hat keine Datenquellen zur Auswahl; die ID einer Datenquelle kann trotzdem eingegeben werden.</translation>
    </message>
    <message>
        <source>%1 Type the data source&apos;s id instead.</source>
        <translation>%1 Geben Sie stattdessen die ID der Datenquelle ein.</translation>
    </message>
</context>
<context>
    <name>infiniti::DataSourcesPane</name>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connection &amp;type:</source>
        <translation>Verbindungs&amp;typ:</translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation>Verbindungs&amp;zeichenfolge:</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Anmeldedaten:</translation>
    </message>
    <message>
        <source>Allow connection e&amp;xport</source>
        <translation>Verbindungs&amp;export erlauben</translation>
    </message>
    <message>
        <source>Sc&amp;hema (XSD):</source>
        <translation>Sc&amp;hema (XSD):</translation>
    </message>
    <message>
        <source>&amp;Default data:</source>
        <translation>&amp;Standarddaten:</translation>
    </message>
    <message>
        <source>Export default d&amp;ata</source>
        <translation>Standard&amp;daten exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln data source(s)</source>
        <translation>
            <numerusform>%Ln Datenquelle</numerusform>
            <numerusform>%Ln Datenquellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Data objects</source>
        <translation>Datenobjekte</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Display fields</source>
        <translation>Anzeigefelder</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>A&amp;nzeigename:</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>&amp;Objektname:</translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation>Objekt&amp;typ:</translation>
    </message>
    <message>
        <source>Use &amp;answer file data</source>
        <translation>Daten der A&amp;ntwortdatei verwenden</translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Display f&amp;ields:</source>
        <translation>Anzeige&amp;felder:</translation>
    </message>
    <message>
        <source>&amp;Schema fields:</source>
        <translation>&amp;Schemafelder:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln data object(s)</source>
        <translation>
            <numerusform>%Ln Datenobjekt</numerusform>
            <numerusform>%Ln Datenobjekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a data source to see its data objects.</source>
        <translation>Wählen Sie eine Datenquelle aus, um ihre Datenobjekte zu sehen.</translation>
    </message>
    <message>
        <source>Data objects of %1</source>
        <translation>Datenobjekte von %1</translation>
    </message>
    <message>
        <source>New data source</source>
        <translation>Neue Datenquelle</translation>
    </message>
    <message>
        <source>New data object</source>
        <translation>Neues Datenobjekt</translation>
    </message>
    <message>
        <source>The API sets only the kind of credentials. The user name and password (or key) themselves are entered on the Infiniti server, not here.</source>
        <translation>Die API legt nur die Art der Anmeldedaten fest. Benutzername und Passwort (oder Schlüssel) selbst werden auf dem Infiniti-Server eingegeben, nicht hier.</translation>
    </message>
    <message>
        <source>Filter data sources (Ctrl+F)</source>
        <translation>Datenquellen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter data objects</source>
        <translation>Datenobjekte filtern</translation>
    </message>
</context>
<context>
    <name>infiniti::DetailsSheet</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON-Rohdaten</translation>
    </message>
</context>
<context>
    <name>infiniti::DifferencesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was sich unterscheidet</translation>
    </message>
    <message>
        <source>As seen from the target: added = only on the source, removed = only on the target, changed = on both but not alike.</source>
        <translation>Vom Ziel aus gesehen: hinzugefügt = nur auf der Quelle, entfernt = nur auf dem Ziel, geändert = auf beiden, aber verschieden.</translation>
    </message>
</context>
<context>
    <name>infiniti::DownloadJob</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the download did not complete</source>
        <translation>der Download wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>it is empty: no file came</source>
        <translation>sie ist leer: keine Datei kam an</translation>
    </message>
    <message>
        <source>it is a web page (%1), not the file: a sign-in page or an error page from the server or a proxy</source>
        <translation>sie ist eine Webseite (%1), nicht die Datei: eine Anmeldeseite oder eine Fehlerseite des Servers oder eines Proxys</translation>
    </message>
    <message>
        <source>it is a JSON answer (%1), not the file</source>
        <translation>sie ist eine JSON-Antwort (%1), nicht die Datei</translation>
    </message>
    <message>
        <source>it is a JSON answer, not the file: %1</source>
        <translation>sie ist eine JSON-Antwort, nicht die Datei: %1</translation>
    </message>
    <message>
        <source>the file in it is empty</source>
        <translation>die Datei darin ist leer</translation>
    </message>
    <message numerus="yes">
        <source>the file in it is %Ln byte(s) long where the answer says %1</source>
        <translation>
            <numerusform>die Datei darin ist %Ln Byte lang, laut Antwort aber %1</numerusform>
            <numerusform>die Datei darin ist %Ln Bytes lang, laut Antwort aber %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::EntityDialog</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Bitte korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>What you changed here has not been saved.</source>
        <translation>Ihre Änderungen hier wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>This name is already taken.</source>
        <translation>Dieser Name ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Could not %1: see the field marked in red.</source>
        <translation>Fehlgeschlagen: %1 – siehe das rot markierte Feld.</translation>
    </message>
</context>
<context>
    <name>infiniti::FieldErrors</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>infiniti::FileListModel</name>
    <message>
        <source>list the generated files</source>
        <translation>erzeugte Dateien auflisten</translation>
    </message>
</context>
<context>
    <name>infiniti::FolderTreeModel</name>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <source>Its sub-folders could not be loaded: %1 — use Retry.</source>
        <translation>Die Unterordner konnten nicht geladen werden: %1 — verwenden Sie „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Groups with rights: %1</source>
        <translation>Gruppen mit Rechten: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>infiniti::FolderTreePanel</name>
    <message>
        <source>The folders could not be loaded: %1 &lt;a href=&quot;retry&quot;&gt;Retry&lt;/a&gt;</source>
        <translation>Die Ordner konnten nicht geladen werden: %1 &lt;a href=&quot;retry&quot;&gt;Erneut versuchen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Groups with rights:</source>
        <translation>&amp;Gruppen mit Rechten:</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete the folder “%1”?</source>
        <translation>Den Ordner „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>Only the groups already given rights are offered: %1</source>
        <translation>Nur Gruppen, die bereits Rechte haben, werden angeboten: %1</translation>
    </message>
    <message>
        <source>the folder “%1”</source>
        <translation>den Ordner „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-folder(s)</source>
        <translation>
            <numerusform>%n Unterordner</numerusform>
            <numerusform>%n Unterordner</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1. The vendor does not document what the server does with them when their folder is deleted: it may refuse, delete them too, or keep them in a folder that no longer exists.</source>
        <translation>Er enthält %1. Der Hersteller dokumentiert nicht, was der Server mit ihnen macht, wenn ihr Ordner gelöscht wird: Er kann das Löschen ablehnen, sie mitlöschen oder sie in einem Ordner behalten, den es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>What it holds could not be read: %1</source>
        <translation>Sein Inhalt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Counting what it holds…</source>
        <translation>Der Inhalt wird gezählt…</translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>New &amp;sub-folder…</source>
        <translation>Neuer &amp;Unterordner…</translation>
    </message>
    <message>
        <source>&amp;Rename and rights…</source>
        <translation>Umbenennen und &amp;Rechte…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Retry &amp;loading its sub-folders</source>
        <translation>Laden der Unterordner &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
</context>
<context>
    <name>infiniti::FormsPane</name>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>&amp;Generate documents…</source>
        <translation>Dokumente &amp;erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Prepare form…</source>
        <translation>Formular &amp;vorbereiten…</translation>
    </message>
    <message>
        <source>&amp;Outputs of a submission…</source>
        <translation>&amp;Ausgaben einer Übermittlung…</translation>
    </message>
    <message>
        <source>Loading the forms you may run…</source>
        <translation>Ausführbare Formulare werden geladen…</translation>
    </message>
    <message>
        <source>There are no forms you may run.</source>
        <translation>Es gibt keine Formulare, die Sie ausführen dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) you may run. Double-click one to generate documents.</source>
        <translation>
            <numerusform>%n Formular, das Sie ausführen dürfen. Doppelklicken Sie darauf, um Dokumente zu erzeugen.</numerusform>
            <numerusform>%n Formulare, die Sie ausführen dürfen. Doppelklicken Sie auf eines, um Dokumente zu erzeugen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Forms you may run</source>
        <translation>Formulare, die Sie ausführen dürfen</translation>
    </message>
    <message>
        <source>The server lists this form without an id, so it cannot be run or prepared from here.</source>
        <translation>Der Server führt dieses Formular ohne ID auf, daher kann es hier weder ausgeführt noch vorbereitet werden.</translation>
    </message>
    <message>
        <source>Filter by form, version or folder (Ctrl+F)</source>
        <translation>Nach Formular, Version oder Ordner filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the forms</source>
        <translation>Formulare filtern</translation>
    </message>
    <message numerus="yes">
        <source>No form matches the filter (%n in all).</source>
        <translation>
            <numerusform>Kein Formular passt zum Filter (%n insgesamt).</numerusform>
            <numerusform>Kein Formular passt zum Filter (%n insgesamt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n form(s) shown.</source>
        <translation>
            <numerusform>%1 von %n Formular angezeigt.</numerusform>
            <numerusform>%1 von %n Formularen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No form is selected: select one first.</source>
        <translation>Kein Formular ausgewählt: wählen Sie zuerst eines aus.</translation>
    </message>
</context>
<context>
    <name>infiniti::FreshUpdateJob</name>
    <message>
        <source>No session.</source>
        <translation>Keine Sitzung.</translation>
    </message>
</context>
<context>
    <name>infiniti::GenerateDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Cancel generation</source>
        <translation>Erzeugung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>Too late to cancel: %1</source>
        <translation>Zu spät zum Abbrechen: %1</translation>
    </message>
    <message>
        <source>Done. The documents are below.</source>
        <translation>Fertig. Die Dokumente stehen unten.</translation>
    </message>
    <message>
        <source>Cancelled before it started; nothing was generated.</source>
        <translation>Vor dem Start abgebrochen; es wurde nichts erzeugt.</translation>
    </message>
    <message>
        <source>The generation failed: %1</source>
        <translation>Die Erzeugung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Your answer files could not be listed: %1</source>
        <translation>Ihre Antwortdateien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Nothing was generated: the server sent the answer file “%1” without its answers (no XML).</source>
        <translation>Es wurde nichts erzeugt: Der Server hat die Antwortdatei „%1“ ohne ihre Antworten (ohne XML) gesendet.</translation>
    </message>
</context>
<context>
    <name>infiniti::GlobalFind</name>
    <message>
        <source>Find %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Searches the rows loaded in %1, and asks the server for a user of exactly that name.</source>
        <translation>Durchsucht die in %1 geladenen Zeilen und fragt den Server nach einem Benutzer mit genau diesem Namen.</translation>
    </message>
    <message>
        <source>Searches the rows loaded in %1.</source>
        <translation>Durchsucht die in %1 geladenen Zeilen.</translation>
    </message>
    <message>
        <source>found on the server</source>
        <translation>auf dem Server gefunden</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: type more to narrow them</source>
        <translation>
            <numerusform>…und %n weiterer Treffer: geben Sie mehr ein, um einzugrenzen</numerusform>
            <numerusform>…und %n weitere Treffer: geben Sie mehr ein, um sie einzugrenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>why a result was found: a column&apos;s title and what it holds</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>infiniti::GroupDialog</name>
    <message>
        <source>External (managed by a directory)</source>
        <translation>Extern (von einem Verzeichnis verwaltet)</translation>
    </message>
    <message>
        <source>System group (built in)</source>
        <translation>Systemgruppe (integriert)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation>%1 ist bereits Mitglied.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Ordinary group</source>
        <translation>Normale Gruppe</translation>
    </message>
    <message>
        <source>Type the username of the user to add.</source>
        <translation>Geben Sie den Benutzernamen des hinzuzufügenden Benutzers ein.</translation>
    </message>
    <message>
        <source>This group has no members.</source>
        <translation>Diese Gruppe hat keine Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>%1 stays a member.</source>
        <translation>%1 bleibt Mitglied.</translation>
    </message>
    <message>
        <source>%1 is already to be added.</source>
        <translation>%1 wird bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 will be added when you save.</source>
        <translation>%1 wird beim Speichern hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected members are not read yet, so none was taken out: scroll through them first, or select fewer.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Mitglieder ist noch nicht gelesen, daher wurde keines entfernt: scrollen Sie zuerst durch sie, oder wählen Sie weniger aus.</numerusform>
            <numerusform>%Ln der ausgewählten Mitglieder sind noch nicht gelesen, daher wurde keines entfernt: scrollen Sie zuerst durch sie, oder wählen Sie weniger aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will be taken out of the group when you save.</source>
        <translation>
            <numerusform>%n Mitglied wird beim Speichern aus der Gruppe entfernt.</numerusform>
            <numerusform>%n Mitglieder werden beim Speichern aus der Gruppe entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>%1 aus der Gruppe entfernen</translation>
    </message>
    <message numerus="yes">
        <source>What you changed here has not been saved, including %n change(s) to the members: none of it is sent.</source>
        <translation>
            <numerusform>Was Sie hier geändert haben, ist nicht gespeichert, darunter %n Änderung an den Mitgliedern: nichts davon wird gesendet.</numerusform>
            <numerusform>Was Sie hier geändert haben, ist nicht gespeichert, darunter %n Änderungen an den Mitgliedern: nichts davon wird gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown: this server does not search, so the filter covers the members loaded so far</source>
        <translation>
            <numerusform>%Ln angezeigt: Dieser Server sucht nicht, der Filter erfasst die bisher geladenen Mitglieder</numerusform>
            <numerusform>%Ln angezeigt: Dieser Server sucht nicht, der Filter erfasst die bisher geladenen Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) match</source>
        <translation>
            <numerusform>%Ln Mitglied passt</numerusform>
            <numerusform>%Ln Mitglieder passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>infiniti::GroupsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>infiniti::GroupsPane</name>
    <message>
        <source>Filter groups (Ctrl+F)</source>
        <translation>Gruppen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>This server has no groups.</source>
        <translation>Dieser Server hat keine Gruppen.</translation>
    </message>
    <message>
        <source>Already members of %1.</source>
        <translation>Bereits Mitglieder von %1.</translation>
    </message>
    <message>
        <source>Adding to %1…</source>
        <translation>Wird zu %1 hinzugefügt…</translation>
    </message>
    <message>
        <source>added to %1</source>
        <translation>zu %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>a system group is part of Infiniti itself</source>
        <translation>eine Systemgruppe ist Teil von Infiniti selbst</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the group&apos;s own roles are offered: %1</source>
        <translation>Nur die eigenen Rollen der Gruppe werden angeboten: %1</translation>
    </message>
    <message>
        <source>Group “%1” saved.</source>
        <translation>Gruppe „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>adding %1: %2</source>
        <translation>%1 hinzufügen: %2</translation>
    </message>
    <message>
        <source>taking out %1: %2</source>
        <translation>%1 entfernen: %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Taken out: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>The group&apos;s name, email and roles were saved.</source>
        <translation>Name, E-Mail und Rollen der Gruppe wurden gespeichert.</translation>
    </message>
    <message>
        <source>Not done, still waiting below (Save tries them again, Cancel drops them):</source>
        <translation>Nicht erledigt, unten weiter vorgemerkt (Speichern versucht sie erneut, Abbrechen verwirft sie):</translation>
    </message>
</context>
<context>
    <name>infiniti::HistoryDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>Version %1 speichern</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s).</source>
        <translation>
            <numerusform>%n Version.</numerusform>
            <numerusform>%n Versionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading version %1…</source>
        <translation>Version %1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved to %1, but no application opens it.</source>
        <translation>Unter %1 gespeichert, aber keine Anwendung öffnet die Datei.</translation>
    </message>
</context>
<context>
    <name>infiniti::ItemListDelegate</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>names not shown</comment>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::JsonFormDialog</name>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Language (empty: default)</source>
        <translation>Sprache (leer: Standard)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Add language</source>
        <translation>&amp;Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Not well-formed XML (see the line above): correct it to save.</source>
        <translation>Kein wohlgeformtes XML (siehe die Zeile darüber): zum Speichern korrigieren.</translation>
    </message>
</context>
<context>
    <name>infiniti::JsonListModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <source>Hidden: open the item to reveal it</source>
        <translation>Verborgen: öffnen Sie den Eintrag, um den Wert zu sehen</translation>
    </message>
</context>
<context>
    <name>infiniti::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console will speak %1 when you restart it.</source>
        <translation>Nach einem Neustart verwendet die Konsole %1.</translation>
    </message>
</context>
<context>
    <name>infiniti::LibraryModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Library item</source>
        <translation>Bibliothekselement</translation>
    </message>
</context>
<context>
    <name>infiniti::LibraryPane</name>
    <message>
        <source>Filter by name, category, folder… (Ctrl+F)</source>
        <translation>Nach Name, Kategorie, Ordner… filtern (Strg+F)</translation>
    </message>
    <message>
        <source>The content library is empty. Drop files here to add them.</source>
        <translation>Die Inhaltsbibliothek ist leer. Legen Sie Dateien hier ab, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>The server sent a file that is not valid Base64.</source>
        <translation>Der Server hat eine Datei gesendet, die kein gültiges Base64 ist.</translation>
    </message>
    <message>
        <source>Show one type only</source>
        <translation>Nur einen Typ anzeigen</translation>
    </message>
    <message>
        <source>Show one category only</source>
        <translation>Nur eine Kategorie anzeigen</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln library item(s)</source>
        <translation>
            <numerusform>%Ln Bibliothekselement</numerusform>
            <numerusform>%Ln Bibliothekselemente</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>The file could not be loaded: %1</source>
        <translation>Die Datei konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Dateityp:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Modified by:</source>
        <translation>Geändert von:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Add files to the content library</source>
        <translation>Dateien zur Inhaltsbibliothek hinzufügen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were not sent.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und wurde nicht gesendet.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading “%1”…</source>
        <translation>„%1“ wird hochgeladen…</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hochgeladen…</numerusform>
            <numerusform>%n Dateien werden hochgeladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>Replace the file of “%1”</source>
        <translation>Datei von „%1“ ersetzen</translation>
    </message>
    <message>
        <source>%1 cannot replace “%2”: it is %3.</source>
        <translation>%1 kann „%2“ nicht ersetzen: es ist %3.</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>without an extension</source>
        <translation>ohne Dateierweiterung</translation>
    </message>
    <message>
        <source>Replace the file of “%1” with %2 (%3)? The item gets a new version; earlier versions stay in its history.</source>
        <translation>Die Datei von „%1“ durch %2 (%3) ersetzen? Das Element erhält eine neue Version; frühere Versionen bleiben in seinem Verlauf.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Replaced the file of “%1”.</source>
        <translation>Die Datei von „%1“ wurde ersetzt.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>Inhaltsbibliothek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>replace the file of “%1”</source>
        <translation>Datei von „%1“ ersetzen</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
    <message>
        <source>The server sent the item without its file, and saving it without the file could remove it. Nothing was saved.</source>
        <translation>Der Server sandte das Element ohne seine Datei, und es ohne die Datei zu speichern könnte sie entfernen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Rep&amp;lace file…</source>
        <translation>Datei e&amp;rsetzen…</translation>
    </message>
</context>
<context>
    <name>infiniti::LibraryPreview</name>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>E&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Scale to the space</source>
        <translation>An den verfügbaren Platz anpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>changed %1 by %2</source>
        <translation>geändert %1 von %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select an item to preview it.</source>
        <translation>Wählen Sie ein Element aus, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>%1 file, %2.
No preview for this type: use Save as… to open it.</source>
        <translation>%1-Datei, %2.
Keine Vorschau für diesen Typ: öffnen Sie sie mit „Speichern unter…“.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Fit (%1%)</source>
        <translation>Einpassen (%1 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected: select one to preview it.</source>
        <translation>
            <numerusform>%n Element ausgewählt: wählen Sie eines aus, um eine Vorschau zu sehen.</numerusform>
            <numerusform>%n Elemente ausgewählt: wählen Sie eines aus, um eine Vorschau zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
</context>
<context>
    <name>infiniti::LibraryUploadDialog</name>
    <message>
        <source>not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ist nicht lesbar</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>has no extension, so its type is unknown</source>
        <translation>hat keine Dateierweiterung, daher ist der Typ unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name “%1” is given twice.</source>
        <translation>Der Name „%1“ ist doppelt vergeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be added and are left out.</source>
        <translation>
            <numerusform>%n Datei kann nicht hinzugefügt werden und wird ausgelassen.</numerusform>
            <numerusform>%n Dateien können nicht hinzugefügt werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>choose or type</source>
        <translation>wählen oder eingeben</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Click, or start typing, to change it</source>
        <translation>Zum Ändern klicken oder einfach tippen</translation>
    </message>
</context>
<context>
    <name>infiniti::LicenseDialog</name>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Update license…</source>
        <translation>Lizenz &amp;aktualisieren…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expired %n day(s) ago</source>
        <translation>
            <numerusform>%1 — seit %n Tag abgelaufen</numerusform>
            <numerusform>%1 — seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — noch %n Tag</numerusform>
            <numerusform>%1 — noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>Not licensed</source>
        <translation>Nicht lizenziert</translation>
    </message>
    <message>
        <source>Sending the new key…</source>
        <translation>Der neue Schlüssel wird gesendet…</translation>
    </message>
    <message>
        <source>The new key was refused: %1</source>
        <translation>Der neue Schlüssel wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>License updated.</source>
        <translation>Lizenz aktualisiert.</translation>
    </message>
    <message>
        <source>License key file</source>
        <translation>Lizenzschlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>This module stops working when it expires: renew the license before then.</source>
        <translation>Dieses Modul funktioniert nach Ablauf nicht mehr: erneuern Sie die Lizenz vorher.</translation>
    </message>
    <message>
        <source>License updated, but it could not be read again: %1</source>
        <translation>Lizenz aktualisiert, aber sie konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — expires today</source>
        <translation>%1 — läuft heute ab</translation>
    </message>
    <message>
        <source>not given by the server</source>
        <translation>vom Server nicht angegeben</translation>
    </message>
    <message>
        <source>The server took the key, but the license it shows is the same as before. Check that it was the key you meant.</source>
        <translation>Der Server hat den Schlüssel angenommen, aber die angezeigte Lizenz ist dieselbe wie vorher. Prüfen Sie, ob es der gemeinte Schlüssel war.</translation>
    </message>
</context>
<context>
    <name>infiniti::LicenseNotice</name>
    <message numerus="yes">
        <source>The license expired %n day(s) ago</source>
        <translation>
            <numerusform>Die Lizenz ist seit %n Tag abgelaufen</numerusform>
            <numerusform>Die Lizenz ist seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The license expires today</source>
        <translation>Die Lizenz läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>The license expires in %n day(s)</source>
        <translation>
            <numerusform>Die Lizenz läuft in %n Tag ab</numerusform>
            <numerusform>Die Lizenz läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 module expired %n day(s) ago</source>
        <translation>
            <numerusform>Das Modul %1 ist seit %n Tag abgelaufen</numerusform>
            <numerusform>Das Modul %1 ist seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 module expires today</source>
        <translation>Das Modul %1 läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>The %1 module expires in %n day(s)</source>
        <translation>
            <numerusform>Das Modul %1 läuft in %n Tag ab</numerusform>
            <numerusform>Das Modul %1 läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiteres)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the license.</source>
        <translation>Klicken, um die Lizenz zu öffnen.</translation>
    </message>
</context>
<context>
    <name>infiniti::ListAllJob</name>
    <message>
        <source>No session.</source>
        <translation>Keine Sitzung.</translation>
    </message>
</context>
<context>
    <name>infiniti::ListPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>%1 loaded — loading more…</source>
        <translation>%1 geladen — weitere werden geladen…</translation>
    </message>
    <message>
        <source>%1 loaded. %2 &lt;a href=&quot;retry&quot;&gt;Retry&lt;/a&gt;</source>
        <translation>%1 geladen. %2 &lt;a href=&quot;retry&quot;&gt;Erneut versuchen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 loaded — scroll down for more</source>
        <translation>%1 geladen — für weitere nach unten scrollen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not search; the filter covers the items loaded so far.</source>
        <translation>Dieser Server sucht nicht; der Filter erfasst die bisher geladenen Einträge.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the %1 loaded so far to %2.</source>
        <translation>Die bisher geladenen %1 wurden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Nothing was deleted:</source>
        <translation>Es wurde nichts gelöscht:</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>These cannot be deleted and are left alone:</source>
        <translation>Diese können nicht gelöscht werden und bleiben unverändert:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>This server does not narrow this list itself: the items that match are picked from those loaded so far, and more appear as the list loads.</source>
        <translation>Dieser Server grenzt diese Liste nicht selbst ein: die passenden Einträge werden aus den bisher geladenen herausgesucht, und weitere erscheinen, während die Liste lädt.</translation>
    </message>
    <message>
        <source>save your changes</source>
        <translation>Ihre Änderungen speichern</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again and your changes are saved then.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, dann werden Ihre Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>None of the selected rows is read yet: scroll through them first, then try again.</source>
        <translation>Keine der ausgewählten Zeilen ist schon gelesen: erst durch sie scrollen, dann erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected but not read yet, so left as is: %Ln row(s). Scroll through the list first to include every selected row.</source>
        <translation>
            <numerusform>Ausgewählt, aber noch nicht gelesen und daher unverändert: %Ln Zeile. Scrollen Sie zuerst durch die Liste, um alle ausgewählten Zeilen einzubeziehen.</numerusform>
            <numerusform>Ausgewählt, aber noch nicht gelesen und daher unverändert: %Ln Zeilen. Scrollen Sie zuerst durch die Liste, um alle ausgewählten Zeilen einzubeziehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Properties show one row: select only it.</source>
        <translation>Eigenschaften zeigen eine Zeile: wählen Sie nur sie aus.</translation>
    </message>
    <message>
        <source>Nothing is selected: select a row first.</source>
        <translation>Nichts ausgewählt: wählen Sie zuerst eine Zeile aus.</translation>
    </message>
    <message>
        <source>%1 acts on one row: select only it.</source>
        <translation>„%1“ wirkt auf eine Zeile: wählen Sie nur sie aus.</translation>
    </message>
    <message>
        <source>The selected row is not read yet: scroll to it first.</source>
        <translation>Die ausgewählte Zeile ist noch nicht gelesen: scrollen Sie zuerst zu ihr.</translation>
    </message>
    <message>
        <source>Created %1: shown at the top until the list is read again (F5).</source>
        <translation>%1 angelegt: oben angezeigt, bis die Liste neu gelesen wird (F5).</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>The filter covers the items loaded so far; more are read as the list loads.</source>
        <translation>Der Filter erfasst die bisher geladenen Einträge; weitere werden gelesen, während die Liste lädt.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation>Ansicht als &amp;CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>infiniti::ListProbe</name>
    <message>
        <source>the server&apos;s list does not end (more than %L1 items).</source>
        <translation>Die Liste des Servers endet nicht (mehr als %L1 Einträge).</translation>
    </message>
</context>
<context>
    <name>infiniti::ListStateOverlay</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nichts entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>infiniti::LoginJob</name>
    <message>
        <source>its sign-in token holds characters a token cannot have (spaces, line breaks or other than plain ASCII)</source>
        <translation>sein Anmelde-Token enthält Zeichen, die ein Token nicht haben kann (Leerzeichen, Zeilenumbrüche oder anderes als einfaches ASCII)</translation>
    </message>
</context>
<context>
    <name>infiniti::MainWindow</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <source>%1 — activate for the license</source>
        <translation>%1 — für die Lizenz aktivieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation>Ansicht als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;License…</source>
        <translation>&amp;Lizenz…</translation>
    </message>
    <message>
        <source>&amp;About Infiniti Admin</source>
        <translation>Ü&amp;ber Infiniti Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>About Infiniti Admin</source>
        <translation>Über Infiniti Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Infiniti Admin %1&lt;/h3&gt;&lt;p&gt;A native administration console for Intelledox Infiniti / SmartIQ servers, built on the REST API v1.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Infiniti Admin %1&lt;/h3&gt;&lt;p&gt;Eine native Verwaltungskonsole für Intelledox-Infiniti-/SmartIQ-Server auf Basis der REST API v1.&lt;/p&gt;&lt;p&gt;Verbunden mit: %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>More groups could not be read — retry</source>
        <translation>Weitere Gruppen konnten nicht gelesen werden — erneut versuchen</translation>
    </message>
    <message>
        <source>Groups could not be read — retry</source>
        <translation>Gruppen konnten nicht gelesen werden — erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Filter the list…</source>
        <translation>Liste &amp;filtern…</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Compare servers…</source>
        <translation>Server &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Your account may not read the license (it needs the “Licensing” permission).</source>
        <translation>Ihr Konto darf die Lizenz nicht lesen (dafür ist die Berechtigung „Licensing“ nötig).</translation>
    </message>
    <message>
        <source>Could not read what your account may do, so every area is shown; some may refuse you. %1</source>
        <translation>Es konnte nicht gelesen werden, was Ihr Konto darf, daher werden alle Bereiche angezeigt; manche verweigern Ihnen möglicherweise den Zugriff. %1</translation>
    </message>
    <message>
        <source>(no administration permissions: Produce only)</source>
        <translation>(keine Verwaltungsberechtigungen: nur Produce)</translation>
    </message>
    <message>
        <source>review the certificate…</source>
        <translation>Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Drop users here to add them to %1; Enter or a double click opens it</source>
        <translation>Benutzer hier ablegen, um sie zu %1 hinzuzufügen; Eingabetaste oder Doppelklick öffnet die Gruppe</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Find any&amp;where…</source>
        <translation>&amp;Überall suchen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>infiniti::OperationWatcher</name>
    <message>
        <source>check the generation</source>
        <translation>Erzeugung prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>follow the operation %1</source>
        <translation>Vorgang %1 verfolgen</translation>
    </message>
    <message>
        <source>it did not report a status within %1.</source>
        <translation>er hat innerhalb von %1 keinen Status gemeldet.</translation>
    </message>
    <message>
        <source>it was still “%1” after %2.</source>
        <translation>er war nach %2 immer noch „%1“.</translation>
    </message>
    <message>
        <source>it stayed “%1”, a status this console does not know, for %2.</source>
        <translation>er blieb %2 lang „%1“, ein Status, den diese Konsole nicht kennt.</translation>
    </message>
    <message>
        <source>follow the generation</source>
        <translation>Erzeugung verfolgen</translation>
    </message>
    <message>
        <source>the server took it but named no operation (no id, no Location in its answer).</source>
        <translation>der Server hat sie angenommen, aber keinen Vorgang genannt (keine ID, kein Location in seiner Antwort).</translation>
    </message>
</context>
<context>
    <name>infiniti::OutputFilesView</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save &amp;all…</source>
        <translation>&amp;Alle speichern…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <source>Save every document to a folder</source>
        <translation>Alle Dokumente in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Listing the documents…</source>
        <translation>Dokumente werden aufgelistet…</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the file is not here yet</source>
        <translation>die Datei ist noch nicht da</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1: not downloaded</source>
        <translation>%1: nicht heruntergeladen</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n document(s) to %1.</source>
        <translation>
            <numerusform>%n Dokument in %1 gespeichert.</numerusform>
            <numerusform>%n Dokumente in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation>Erzeugte Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) ready — open, save or drag them out.</source>
        <translation>
            <numerusform>%1 von %n Dokument bereit — zum Öffnen, Speichern oder Herausziehen.</numerusform>
            <numerusform>%1 von %n Dokumenten bereit — zum Öffnen, Speichern oder Herausziehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n document(s); not saved: %1</source>
        <translation>
            <numerusform>%n Dokument gespeichert; nicht gespeichert: %1</numerusform>
            <numerusform>%n Dokumente gespeichert; nicht gespeichert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No submission has the id “%1”.</source>
        <translation>Keine Übermittlung hat die ID „%1“.</translation>
    </message>
    <message>
        <source>Nothing is selected: select a document first.</source>
        <translation>Nichts ausgewählt: wählen Sie zuerst ein Dokument aus.</translation>
    </message>
    <message>
        <source>The selected document is not downloaded yet.</source>
        <translation>Das ausgewählte Dokument ist noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Not every selected document is downloaded yet.</source>
        <translation>Noch nicht jedes ausgewählte Dokument ist heruntergeladen.</translation>
    </message>
    <message>
        <source>Opens each selected document in its application.</source>
        <translation>Öffnet jedes ausgewählte Dokument in seiner Anwendung.</translation>
    </message>
    <message>
        <source>Saves the selected document under a name you choose.</source>
        <translation>Speichert das ausgewählte Dokument unter einem Namen Ihrer Wahl.</translation>
    </message>
    <message>
        <source>%1: no application opens it</source>
        <translation>%1: keine Anwendung öffnet es</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Save… saves one document: select only it (Save all… saves every one).</source>
        <translation>„Speichern…“ speichert ein Dokument: wählen Sie nur dieses aus („Alle speichern…“ speichert alle).</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Dokumente öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Open %n document(s)?</source>
        <translation>
            <numerusform>%n Dokument öffnen?</numerusform>
            <numerusform>%n Dokumente öffnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each opens in the application for its type.</source>
        <translation>Jedes wird in der Anwendung für seinen Dateityp geöffnet.</translation>
    </message>
</context>
<context>
    <name>infiniti::OutputsLookupDialog</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Nothing was generated in this session yet: type the id of a submission above.</source>
        <translation>In dieser Sitzung wurde noch nichts erzeugt: Geben Sie oben die ID einer Übermittlung ein.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>That submission failed, so it has no documents: %1</source>
        <translation>Diese Übermittlung ist fehlgeschlagen und hat daher keine Dokumente: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>That submission is “%1”; it has no documents (yet).</source>
        <translation>Diese Übermittlung ist „%1“; sie hat (noch) keine Dokumente.</translation>
    </message>
</context>
<context>
    <name>infiniti::PartsChooser</name>
    <message>
        <source>Parts to compare</source>
        <translation>Zu vergleichende Teile</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;Keine</translation>
    </message>
</context>
<context>
    <name>infiniti::PrepareFormDialog</name>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Vorbereiten</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Prepared. Send the link to whoever fills the form in.</source>
        <translation>Vorbereitet. Senden Sie den Link an die Person, die das Formular ausfüllt.</translation>
    </message>
    <message>
        <source>The server prepared the form but gave no link to it (no Location in its answer).</source>
        <translation>Der Server hat das Formular vorbereitet, aber keinen Link dazu geliefert (keine Location-Angabe in seiner Antwort).</translation>
    </message>
</context>
<context>
    <name>infiniti::ProjectImportDialog</name>
    <message>
        <source>(as the server decides: the project&apos;s own folder)</source>
        <translation>(wie der Server entscheidet: der eigene Ordner des Projekts)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportieren</translation>
    </message>
    <message>
        <source>Sent. Each package&apos;s result is in the Result column:</source>
        <translation>Gesendet. Das Ergebnis jedes Pakets steht in der Spalte „Ergebnis“:</translation>
    </message>
    <message>
        <source>Cannot be imported: %1.</source>
        <translation>Kann nicht importiert werden: %1.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>overwrites “%1” (new version)</source>
        <translation>überschreibt „%1“ (neue Version)</translation>
    </message>
    <message>
        <source>new project</source>
        <translation>neues Projekt</translation>
    </message>
    <message>
        <source>projects.xml gives no Type</source>
        <translation>projects.xml gibt keinen Type an</translation>
    </message>
    <message>
        <source>Type %1 in projects.xml</source>
        <translation>Type %1 in projects.xml</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) to import</source>
        <translation>
            <numerusform>%n Paket zu importieren</numerusform>
            <numerusform>%n Pakete zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out</source>
        <translation>
            <numerusform>%n Datei kann nicht importiert werden und wird ausgelassen</numerusform>
            <numerusform>%n Dateien können nicht importiert werden und werden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) already on the server</source>
        <translation>
            <numerusform>%n Projekt ist bereits auf dem Server</numerusform>
            <numerusform>%n Projekte sind bereits auf dem Server</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation>nicht gesendet (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n package(s).</source>
        <translation>
            <numerusform>%n Paket importiert.</numerusform>
            <numerusform>%n Pakete importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1; %2 not imported — see each file&apos;s result.</source>
        <translation>%1 importiert; %2 nicht importiert — siehe das Ergebnis jeder Datei.</translation>
    </message>
    <message>
        <source>failed: the file cannot be read (%1)</source>
        <translation>fehlgeschlagen: die Datei ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>importiert: %1</translation>
    </message>
    <message>
        <source>cancelled: nothing was imported</source>
        <translation>abgebrochen: es wurde nichts importiert</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>exists as “%1”: left out unless overwriting</source>
        <translation>existiert als „%1“: ausgelassen, außer beim Überschreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) left out: the server would refuse them unless overwriting</source>
        <translation>
            <numerusform>%n Paket ausgelassen: der Server würde es ablehnen, außer beim Überschreiben</numerusform>
            <numerusform>%n Pakete ausgelassen: der Server würde sie ablehnen, außer beim Überschreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>checking which projects exist…</source>
        <translation>es wird geprüft, welche Projekte existieren…</translation>
    </message>
    <message>
        <source>not sent: a project in it exists (tick Overwrite to replace it)</source>
        <translation>nicht gesendet: ein Projekt darin existiert bereits (markieren Sie „Vorhandene Projekte überschreiben“, um es zu ersetzen)</translation>
    </message>
    <message>
        <source>imported: %1 (as the package lists them; the server did not say)</source>
        <translation>importiert: %1 (so wie das Paket sie aufführt; der Server hat keine Angaben gemacht)</translation>
    </message>
</context>
<context>
    <name>infiniti::ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>This folder was deleted; the server keeps the project without it. It is listed under “All projects”.</source>
        <translation>Dieser Ordner wurde gelöscht; der Server behält das Projekt ohne ihn. Es wird unter „Alle Projekte“ aufgeführt.</translation>
    </message>
</context>
<context>
    <name>infiniti::ProjectsPane</name>
    <message>
        <source>Filter projects (Ctrl+F)</source>
        <translation>Projekte filtern (Strg+F)</translation>
    </message>
    <message>
        <source>No projects here. Drop .ixpkg packages to import them.</source>
        <translation>Hier gibt es keine Projekte. Legen Sie .ixpkg-Pakete ab, um sie zu importieren.</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>content folder</source>
        <translation>Inhaltsordner</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Sync packages: projects with the library items, data sources, folders and security they use</source>
        <translation>Synchronisierungspakete: Projekte mit den Bibliothekselementen, Datenquellen, Ordnern und der Sicherheit, die sie verwenden</translation>
    </message>
    <message>
        <source>&amp;Export a sync package…</source>
        <translation>Synchronisierungspaket &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import a sync package…</source>
        <translation>Synchronisierungspaket &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a sync package</source>
        <translation>Synchronisierungspaket importieren</translation>
    </message>
    <message>
        <source>Sync packages (*.iqpkg *.json);;All files (*)</source>
        <translation>Synchronisierungspakete (*.iqpkg *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln Projekt</numerusform>
            <numerusform>%Ln Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Modified by:</source>
        <translation>Geändert von:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Published in:</source>
        <translation>Veröffentlicht in:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Delete the project “%1”? Its versions go with it.</source>
        <translation>Das Projekt „%1“ löschen? Seine Versionen werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Delete the project “%1”? It is published in %2; those forms stop working. Its versions go with it.</source>
        <translation>Das Projekt „%1“ löschen? Es ist in %2 veröffentlicht; diese Formulare funktionieren dann nicht mehr. Seine Versionen werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export a s&amp;ync package…</source>
        <translation>S&amp;ynchronisierungspaket exportieren…</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>&amp;Restore as new version…</source>
        <translation>Als neue Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore version %1 of “%2”</source>
        <translation>Version %1 von „%2“ wiederherstellen</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Import projects</source>
        <translation>Projekte importieren</translation>
    </message>
    <message>
        <source>Project and sync packages (*.ixpkg *.iqpkg);;All files (*)</source>
        <translation>Projekt- und Synchronisierungspakete (*.ixpkg *.iqpkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n project(s) to a folder</source>
        <translation>
            <numerusform>%n Projekt in einen Ordner exportieren</numerusform>
            <numerusform>%n Projekte in einen Ordner exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 exported; %n failed.</source>
        <translation>
            <numerusform>%1 exportiert; %n fehlgeschlagen.</numerusform>
            <numerusform>%1 exportiert; %n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n project(s) to %1.</source>
        <translation>
            <numerusform>%n Projekt nach %1 exportiert.</numerusform>
            <numerusform>%n Projekte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting “%1” (%2 of %3)…</source>
        <translation>„%1“ wird exportiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>%1: cancelled (and those after it)</source>
        <translation>%1: abgebrochen (und die folgenden)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Import a sync pac&amp;kage…</source>
        <translation>Synchronisierungspaket im&amp;portieren…</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>(this server does not say)</source>
        <translation>(dieser Server gibt das nicht an)</translation>
    </message>
    <message>
        <source>Delete the project “%1”? Its versions go with it, and any forms published from it stop working.</source>
        <translation>Das Projekt „%1“ löschen? Seine Versionen werden mitgelöscht, und alle daraus veröffentlichten Formulare funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>The list may be out of date: %1</source>
        <translation>Die Liste ist möglicherweise veraltet: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was deleted; the server keeps its %n project(s), marked “%1 (deleted)”.</source>
        <translation>
            <numerusform>„%1“ wurde gelöscht; der Server behält sein %n Projekt, markiert mit „%1 (gelöscht)“.</numerusform>
            <numerusform>„%1“ wurde gelöscht; der Server behält seine %n Projekte, markiert mit „%1 (gelöscht)“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was deleted; none of its %n project(s) is left on the server.</source>
        <translation>
            <numerusform>„%1“ wurde gelöscht; sein %n Projekt ist nicht mehr auf dem Server.</numerusform>
            <numerusform>„%1“ wurde gelöscht; keines seiner %n Projekte ist mehr auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not say which folder a project is in, so every project is shown.</source>
        <translation>Dieser Server gibt nicht an, in welchem Ordner ein Projekt liegt, daher werden alle Projekte angezeigt.</translation>
    </message>
    <message>
        <source>Export the selected projects as packages; or drag them out of the list into a folder</source>
        <translation>Die ausgewählten Projekte als Pakete exportieren; oder ziehen Sie sie aus der Liste in einen Ordner</translation>
    </message>
    <message>
        <source>Import project or sync packages; or drop .ixpkg files on the list or on a folder</source>
        <translation>Projekt- oder Synchronisierungspakete importieren; oder legen Sie .ixpkg-Dateien auf der Liste oder einem Ordner ab</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Version %1 is the current version: there is nothing to restore.</source>
        <translation>Version %1 ist die aktuelle Version: es gibt nichts wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>infiniti::PromotionDialog</name>
    <message>
        <source>Sync package</source>
        <translation>Synchronisierungspaket</translation>
    </message>
    <message>
        <source>API request</source>
        <translation>API-Anfrage</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Promote from %1 to %2</source>
        <translation>Von %1 nach %2 übertragen</translation>
    </message>
    <message numerus="yes">
        <source>From &lt;b&gt;%1&lt;/b&gt; (source) → to &lt;b&gt;%2&lt;/b&gt; (target): %n difference(s) ticked. Nothing is sent until you press Promote.</source>
        <translation>
            <numerusform>Von &lt;b&gt;%1&lt;/b&gt; (Quelle) → nach &lt;b&gt;%2&lt;/b&gt; (Ziel): %n Unterschied markiert. Es wird nichts gesendet, bevor Sie „Übertragen“ drücken.</numerusform>
            <numerusform>Von &lt;b&gt;%1&lt;/b&gt; (Quelle) → nach &lt;b&gt;%2&lt;/b&gt; (Ziel): %n Unterschiede markiert. Es wird nichts gesendet, bevor Sie „Übertragen“ drücken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: a data source keeps %1&apos;s connection string, a new one goes without, and connector settings are left alone.</source>
        <translation>Aus: eine Datenquelle behält die Verbindungszeichenfolge von %1, eine neue wird ohne angelegt, und Connector-Einstellungen bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete on %1 what is only there (%n ticked)</source>
        <translation>
            <numerusform>Auf %1 &amp;löschen, was nur dort ist (%n markiert)</numerusform>
            <numerusform>Auf %1 &amp;löschen, was nur dort ist (%n markiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zur Bestätigung %1 eingeben</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Go through the plan without sending anything.</source>
        <translation>Den Plan durchgehen, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Übertragen</translation>
    </message>
    <message>
        <source>Type “%1” exactly to allow the deletions; until then they are left alone and Promote stays off.</source>
        <translation>Geben Sie „%1“ genau so ein, um die Löschungen zu erlauben; bis dahin bleiben sie unverändert, und „Übertragen“ bleibt deaktiviert.</translation>
    </message>
    <message>
        <source>with its secrets</source>
        <translation>mit Geheimnissen</translation>
    </message>
    <message>
        <source>with its secrets; %1</source>
        <translation>mit Geheimnissen; %1</translation>
    </message>
    <message>
        <source>Exported from %1 in one sync package with the other projects ticked, and imported into %2.</source>
        <translation>Aus %1 in einem Synchronisierungspaket zusammen mit den anderen markierten Projekten exportiert und in %2 importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n anzulegen</numerusform>
            <numerusform>%n anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to rename</source>
        <translation>
            <numerusform>%n umzubenennen</numerusform>
            <numerusform>%n umzubenennen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n zu löschen</numerusform>
            <numerusform>%n zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>Promoting: %1 of %n step(s) done…</source>
        <translation>
            <numerusform>Übertragung: %1 von %n Schritt erledigt…</numerusform>
            <numerusform>Übertragung: %1 von %n Schritten erledigt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the parts promoted again…</source>
        <translation>Die übertragenen Teile werden erneut verglichen…</translation>
    </message>
    <message>
        <source>Promoting…</source>
        <translation>Wird übertragen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was sent. Promote would carry out %n step(s).</source>
        <translation>
            <numerusform>Probelauf: es wurde nichts gesendet. „Übertragen“ würde %n Schritt ausführen.</numerusform>
            <numerusform>Probelauf: es wurde nichts gesendet. „Übertragen“ würde %n Schritte ausführen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Promotion finished: %1.</source>
        <translation>Übertragung beendet: %1.</translation>
    </message>
    <message>
        <source>The servers could not be compared again: %1. Compare again in the compare window to see what still differs.</source>
        <translation>Die Server konnten nicht erneut verglichen werden: %1. Vergleichen Sie im Vergleichsfenster erneut, um zu sehen, was sich noch unterscheidet.</translation>
    </message>
    <message>
        <source>The servers were not compared again.</source>
        <translation>Die Server wurden nicht erneut verglichen.</translation>
    </message>
    <message>
        <source>Nothing ticked matches yet.</source>
        <translation>Noch stimmt nichts Markiertes überein.</translation>
    </message>
    <message>
        <source>Now alike on both: %1.</source>
        <translation>Jetzt auf beiden gleich: %1.</translation>
    </message>
    <message>
        <source>%1 now matches %2 in every part compared.</source>
        <translation>%1 stimmt jetzt in jedem verglichenen Teil mit %2 überein.</translation>
    </message>
    <message numerus="yes">
        <source>Still different: %n difference(s) (the parts promoted compared again, the others as before):</source>
        <translation>
            <numerusform>Noch verschieden: %n Unterschied (die übertragenen Teile erneut verglichen, die anderen wie zuvor):</numerusform>
            <numerusform>Noch verschieden: %n Unterschiede (die übertragenen Teile erneut verglichen, die anderen wie zuvor):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancelled: the steps already sent stay done; the others were not sent.</source>
        <translation>Abgebrochen: die bereits gesendeten Schritte bleiben ausgeführt; die anderen wurden nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>infiniti::PublishDialog</name>
    <message>
        <source>Publish a project</source>
        <translation>Projekt veröffentlichen</translation>
    </message>
    <message>
        <source>Choose the project to publish.</source>
        <translation>Wählen Sie das zu veröffentlichende Projekt.</translation>
    </message>
    <message>
        <source>Choose a publish folder.</source>
        <translation>Wählen Sie einen Veröffentlichungsordner.</translation>
    </message>
    <message>
        <source>Choose at least one output format.</source>
        <translation>Wählen Sie mindestens ein Ausgabeformat.</translation>
    </message>
    <message>
        <source>Properties of %1 in %2</source>
        <translation>Eigenschaften von %1 in %2</translation>
    </message>
    <message>
        <source>0 (the default)</source>
        <translation>0 (Standard)</translation>
    </message>
    <message>
        <source>A number the server reads to help troubleshoot this form. The API documents only its default, 0, and not what the other numbers do.</source>
        <translation>Eine Zahl, die der Server zur Fehlersuche in diesem Formular liest. Die API beschreibt nur ihren Standardwert 0, nicht was die anderen Zahlen bewirken.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Also published as, and kept as they are: %1 (formats this sheet does not offer).</source>
        <translation>Außerdem veröffentlicht als, und unverändert beibehalten: %1 (Formate, die dieses Blatt nicht anbietet).</translation>
    </message>
</context>
<context>
    <name>infiniti::PublishedPane</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Allow save</source>
        <translation>Speichern erlauben</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Completion message</source>
        <translation>Abschlussmeldung</translation>
    </message>
    <message>
        <source>Filter published projects (Ctrl+F)</source>
        <translation>Veröffentlichte Projekte filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Nothing is published here yet.</source>
        <translation>Hier ist noch nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>All publish folders</source>
        <translation>Alle Veröffentlichungsordner</translation>
    </message>
    <message>
        <source>publish folder</source>
        <translation>Veröffentlichungsordner</translation>
    </message>
    <message numerus="yes">
        <source>%Ln published project(s)</source>
        <translation>
            <numerusform>%Ln veröffentlichtes Projekt</numerusform>
            <numerusform>%Ln veröffentlichte Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Published projects</source>
        <translation>Veröffentlichte Projekte</translation>
    </message>
    <message>
        <source>The projects could not be listed: %1</source>
        <translation>Die Projekte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>Veröffentlichung &amp;aufheben…</translation>
    </message>
    <message>
        <source>Unpublish %1? The project itself stays, and can be published again.</source>
        <translation>Veröffentlichung von %1 aufheben? Das Projekt selbst bleibt und kann wieder veröffentlicht werden.</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>Veröffentlichung &amp;aufheben</translation>
    </message>
    <message>
        <source>Unpublishing…</source>
        <translation>Veröffentlichung wird aufgehoben…</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>nicht mehr veröffentlicht</translation>
    </message>
    <message>
        <source>Nothing was unpublished:</source>
        <translation>Keine Veröffentlichung wurde aufgehoben:</translation>
    </message>
    <message>
        <source>These cannot be unpublished and are left alone:</source>
        <translation>Bei diesen lässt sich die Veröffentlichung nicht aufheben; sie bleiben unverändert:</translation>
    </message>
    <message>
        <source>Unpublish %1</source>
        <translation>Veröffentlichung von %1 aufheben</translation>
    </message>
    <message>
        <source>Pu&amp;blish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
</context>
<context>
    <name>infiniti::ReadProgressView</name>
    <message>
        <source>%1: starting…</source>
        <translation>%1: wird gestartet…</translation>
    </message>
    <message>
        <source>%1: progress</source>
        <translation>%1: Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n part(s)</source>
        <translation>
            <numerusform>%1: %2 von %n Teil</numerusform>
            <numerusform>%1: %2 von %n Teilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln item(s)</source>
        <translation>
            <numerusform> · %Ln Eintrag</numerusform>
            <numerusform> · %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 of %n file(s)</source>
        <translation>
            <numerusform> · %1 von %n Datei</numerusform>
            <numerusform> · %1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>infiniti::ReassignDialog</name>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Neu zuweisen</translation>
    </message>
    <message>
        <source>The %1 list could not be loaded: %2</source>
        <translation>Die Liste (%1) konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>infiniti::RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>Your own account holds %1 only through this role.</source>
        <translation>Ihr eigenes Konto hat %1 nur über diese Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>Take %n permission(s) from your own account?</source>
        <translation>
            <numerusform>%n Berechtigung Ihrem eigenen Konto entziehen?</numerusform>
            <numerusform>%n Berechtigungen Ihrem eigenen Konto entziehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as %1 and hold %2 only through the role “%3”. Saved, you lose them at once; giving them back needs someone who may manage security.</source>
        <translation>Sie sind als %1 angemeldet und haben %2 nur über die Rolle „%3“. Nach dem Speichern verlieren Sie sie sofort; zurückgeben kann sie nur jemand, der die Sicherheit verwalten darf.</translation>
    </message>
    <message>
        <source>&amp;Remove them and save</source>
        <translation>&amp;Entziehen und speichern</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Your own permissions</source>
        <translation>Ihre eigenen Berechtigungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>infiniti::RolesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>infiniti::RolesPane</name>
    <message>
        <source>Filter roles (Ctrl+F)</source>
        <translation>Rollen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>This server has no roles.</source>
        <translation>Dieser Server hat keine Rollen.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln Rolle</numerusform>
            <numerusform>%Ln Rollen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::SendOnceDevice</name>
    <message>
        <source>a request body is sent once</source>
        <translation>ein Anfragetext wird nur einmal gesendet</translation>
    </message>
</context>
<context>
    <name>infiniti::SettingsPane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <source>the server offers no way to delete these</source>
        <translation>der Server bietet keine Möglichkeit, diese zu löschen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln custom field(s)</source>
        <translation>
            <numerusform>%Ln benutzerdefiniertes Feld</numerusform>
            <numerusform>%Ln benutzerdefinierte Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>Connector settings</source>
        <translation>Connector-Einstellungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connector setting(s)</source>
        <translation>
            <numerusform>%Ln Connector-Einstellung</numerusform>
            <numerusform>%Ln Connector-Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Communication templates</source>
        <translation>Kommunikationsvorlagen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Translations:</source>
        <translation>Ü&amp;bersetzungen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln Vorlage</numerusform>
            <numerusform>%Ln Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation>Neuer Eintrag in %1</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Neues benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>New communication template</source>
        <translation>Neue Kommunikationsvorlage</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the server offers no way to delete them.</source>
        <translation>%1 können nicht gelöscht werden: der Server bietet keine Möglichkeit, sie zu löschen.</translation>
    </message>
</context>
<context>
    <name>infiniti::SideBySideDialog</name>
    <message>
        <source>%1 (%2) — side by side</source>
        <translation>%1 (%2) — nebeneinander</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>A secret: compared, never shown.</source>
        <translation>Ein Geheimnis: verglichen, nie angezeigt.</translation>
    </message>
</context>
<context>
    <name>infiniti::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
    <message>
        <source>Leave empty for %1</source>
        <translation>Leer lassen für %1</translation>
    </message>
    <message>
        <source>Leave empty to derive it from the Manage URL</source>
        <translation>Leer lassen, um sie aus der Manage-URL abzuleiten</translation>
    </message>
    <message>
        <source>Enter the Manage URL of the server, e.g. https://server/Manage.</source>
        <translation>Geben Sie die Manage-URL des Servers ein, z. B. https://server/Manage.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The %1 URL “%2” is not a URL: it has spaces.</source>
        <translation>Die %1-URL „%2“ ist keine URL: sie enthält Leerzeichen.</translation>
    </message>
    <message>
        <source>The %1 URL must start with http:// or https://.</source>
        <translation>Die %1-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The %1 URL “%2” is not a URL. Enter it as e.g. https://server/%1.</source>
        <translation>Die %1-URL „%2“ ist keine URL. Geben Sie sie z. B. als https://server/%1 ein.</translation>
    </message>
    <message>
        <source>The %1 URL “%2” does not look like a server. Enter it as e.g. https://%2.example.com/%1, or with http:// or https:// in front.</source>
        <translation>Die %1-URL „%2“ sieht nicht nach einem Server aus. Geben Sie sie z. B. als https://%2.example.com/%1 ein, oder mit http:// oder https:// davor.</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Manage</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <source>Sign-in stopped; nothing was changed.</source>
        <translation>Anmeldung abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation>Benutzername oder Passwort wurden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1” (%2)? Its remembered sign-in is removed from this computer&apos;s keychain too. The server is not changed.</source>
        <translation>Die gespeicherte Verbindung „%1“ (%2) löschen? Ihre gespeicherte Anmeldung wird auch aus dem Schlüsselbund dieses Computers entfernt. Am Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the connection “%1”…</source>
        <translation>Die Verbindung „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>The connection “%1” was deleted.</source>
        <translation>Die Verbindung „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>The connection “%1” was not deleted: %2</source>
        <translation>Die Verbindung „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Quit Infiniti Admin?</source>
        <translation>Infiniti Admin beenden?</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to go on, or quit.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an, um weiterzuarbeiten, oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>infiniti::SortProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading all %1 to sort…</source>
        <translation>Alle %1 werden zum Sortieren geladen…</translation>
    </message>
    <message>
        <source>Sorting %1…</source>
        <translation>%1 werden sortiert…</translation>
    </message>
    <message>
        <source>Not sorted: the list stays in the order shown (by “%1”).</source>
        <translation>Nicht sortiert: Die Liste bleibt in der gezeigten Reihenfolge (nach „%1“).</translation>
    </message>
</context>
<context>
    <name>infiniti::SparseListModel</name>
    <message>
        <source>the list changed on the server again and again while it was being read; refresh it to read it once more.</source>
        <translation>die Liste hat sich auf dem Server während des Lesens immer wieder geändert; aktualisieren Sie sie, um sie noch einmal zu lesen.</translation>
    </message>
</context>
<context>
    <name>infiniti::StaleBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Showing the list as it was at %1: the refresh failed. %2</source>
        <translation>Die Liste wird im Stand von %1 angezeigt: die Aktualisierung ist fehlgeschlagen. %2</translation>
    </message>
</context>
<context>
    <name>infiniti::SyncDialogs</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Project fragments</source>
        <translation>Projektfragmente</translation>
    </message>
    <message>
        <source>Content library items</source>
        <translation>Elemente der Inhaltsbibliothek</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Connection strings</source>
        <translation>Verbindungszeichenfolgen</translation>
    </message>
    <message>
        <source>Default data</source>
        <translation>Standarddaten</translation>
    </message>
    <message>
        <source>Data objects</source>
        <translation>Datenobjekte</translation>
    </message>
    <message>
        <source>Content folders</source>
        <translation>Inhaltsordner</translation>
    </message>
    <message>
        <source>Published projects</source>
        <translation>Veröffentlichte Projekte</translation>
    </message>
    <message>
        <source>Publish folders</source>
        <translation>Veröffentlichungsordner</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Connector settings</source>
        <translation>Connector-Einstellungen</translation>
    </message>
</context>
<context>
    <name>infiniti::SyncExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the sync package</source>
        <translation>Synchronisierungspaket speichern</translation>
    </message>
    <message>
        <source>sync package.iqpkg</source>
        <translation>Synchronisierungspaket.iqpkg</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting the sync package…</source>
        <translation>Das Synchronisierungspaket wird exportiert…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a sync package; nothing was saved.</source>
        <translation>Die Antwort des Servers ist kein Synchronisierungspaket; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2): %3.</source>
        <translation>%1 gespeichert (%2): %3.</translation>
    </message>
    <message>
        <source>Data sources&apos; connection strings often hold passwords; ticked, they are in the package in clear text.</source>
        <translation>Verbindungszeichenfolgen von Datenquellen enthalten oft Kennwörter; markiert, stehen sie im Klartext im Paket.</translation>
    </message>
    <message>
        <source>Connector settings hold passwords (the SMTP password, for one) and connection strings; ticked, they are in the package in clear text.</source>
        <translation>Connector-Einstellungen enthalten Kennwörter (etwa das SMTP-Kennwort) und Verbindungszeichenfolgen; markiert, stehen sie im Klartext im Paket.</translation>
    </message>
    <message>
        <source>Every one on the server, not only those the projects use.</source>
        <translation>Alle auf dem Server, nicht nur die, die die Projekte verwenden.</translation>
    </message>
    <message>
        <source>With %1 ticked, the package holds passwords and connection strings in clear text: anyone who can read the file can read them. Keep it as safe as a password.</source>
        <translation>Mit %1 markiert enthält das Paket Kennwörter und Verbindungszeichenfolgen im Klartext: Wer die Datei lesen kann, kann sie lesen. Bewahren Sie es so sicher auf wie ein Kennwort.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The package holds every project and the parts ticked below.</source>
        <translation>Das Paket enthält jedes Projekt und die unten markierten Teile.</translation>
    </message>
    <message numerus="yes">
        <source>The package holds the project(s) %1 and the parts ticked below.</source>
        <translation>
            <numerusform>Das Paket enthält das Projekt %1 und die unten markierten Teile.</numerusform>
            <numerusform>Das Paket enthält die Projekte %1 und die unten markierten Teile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::SyncImportDialog</name>
    <message>
        <source>Import a sync package — %1</source>
        <translation>Synchronisierungspaket importieren — %1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>it holds none of the parts of a sync package</source>
        <translation>sie enthält keinen der Teile eines Synchronisierungspakets</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Projekte: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1. Nothing will be sent.</source>
        <translation>Diese Datei kann nicht importiert werden: %1. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Always (replace what is there)</source>
        <translation>Immer (Vorhandenes ersetzen)</translation>
    </message>
    <message>
        <source>Only if not there yet</source>
        <translation>Nur wenn noch nicht vorhanden</translation>
    </message>
    <message>
        <source>If newer than what is there</source>
        <translation>Wenn neuer als das Vorhandene</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Importing the sync package…</source>
        <translation>Das Synchronisierungspaket wird importiert…</translation>
    </message>
    <message>
        <source>Cancelled. The server may have applied part of the package before it stopped; refresh to see.</source>
        <translation>Abgebrochen. Der Server hat möglicherweise einen Teil des Pakets angewendet, bevor er angehalten hat; aktualisieren Sie, um es zu sehen.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported, with %n problem(s) listed per part.</source>
        <translation>
            <numerusform>Importiert, mit %n Problem, aufgeführt je Teil.</numerusform>
            <numerusform>Importiert, mit %n Problemen, aufgeführt je Teil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The server sent no summary of what it created, updated or skipped.</source>
        <translation>Importiert. Der Server hat keine Zusammenfassung gesendet, was er angelegt, aktualisiert oder übersprungen hat.</translation>
    </message>
    <message>
        <source>As their data sources</source>
        <translation>Wie ihre Datenquellen</translation>
    </message>
</context>
<context>
    <name>infiniti::TasksPane</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Zugewiesen von</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Gesperrt von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Filter your tasks (Ctrl+F)</source>
        <translation>Ihre Aufgaben filtern (Strg+F)</translation>
    </message>
    <message>
        <source>No tasks for you. Enjoy the quiet.</source>
        <translation>Keine Aufgaben für Sie. Genießen Sie die Ruhe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Absenden</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <source>Cancel the task “%1”?</source>
        <translation>Die Aufgabe „%1“ stornieren?</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>Aufgabe stornieren</translation>
    </message>
    <message>
        <source>Reassign “%1”</source>
        <translation>„%1“ neu zuweisen</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formular:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Zugewiesen an:</translation>
    </message>
    <message>
        <source>Assigned by:</source>
        <translation>Zugewiesen von:</translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation>Zugewiesen:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Locked by:</source>
        <translation>Gesperrt von:</translation>
    </message>
    <message>
        <source>Locked by you:</source>
        <translation>Von Ihnen gesperrt:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Assigned %1</source>
        <translation>Zugewiesen am %1</translation>
    </message>
    <message>
        <source>Assigned by %1 on %2</source>
        <translation>Zugewiesen von %1 am %2</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>This task is no longer yours: it was completed, cancelled or given to someone else.</source>
        <translation>Diese Aufgabe gehört nicht mehr Ihnen: sie wurde abgeschlossen, storniert oder jemand anderem zugewiesen.</translation>
    </message>
    <message>
        <source>Done; the list may be out of date: %1</source>
        <translation>Erledigt; die Liste ist möglicherweise veraltet: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>A group you belong to (the server does not say which)</source>
        <translation>Eine Ihrer Gruppen (der Server sagt nicht, welche)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird abgesendet…</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgesendet</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>%1 stornieren?</translation>
    </message>
    <message>
        <source>Cancel the tasks</source>
        <translation>Aufgaben stornieren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird storniert…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe neu zuweisen</numerusform>
            <numerusform>%n Aufgaben neu zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation>Wird neu zugewiesen…</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>neu zugewiesen</translation>
    </message>
    <message>
        <source>Cancel a task assigned to you directly, where its form allows it (a group&apos;s task cannot be). Ending any workflow is Abort in Workflows, for administrators.</source>
        <translation>Eine Aufgabe stornieren, die Ihnen direkt zugewiesen ist, sofern ihr Formular es zulässt (eine Gruppenaufgabe nicht). Einen beliebigen Workflow beendet „Workflow beenden“ unter Workflows, für Administratoren.</translation>
    </message>
    <message>
        <source>Cancel &amp;the task…</source>
        <translation>Aufgabe st&amp;ornieren…</translation>
    </message>
</context>
<context>
    <name>infiniti::UserImport</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header has no “username” column</source>
        <translation>die Kopfzeile hat keine Spalte „username“</translation>
    </message>
    <message>
        <source>unknown columns: %1 (known: %2)</source>
        <translation>unbekannte Spalten: %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 must be true or false, not “%2”</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown group “%1”</source>
        <translation>unbekannte Gruppe „%1“</translation>
    </message>
    <message>
        <source>unknown role “%1”</source>
        <translation>unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>no username</source>
        <translation>kein Benutzername</translation>
    </message>
    <message>
        <source>username “%1” appears %2 times in the file</source>
        <translation>der Benutzername „%1“ kommt %2-mal in der Datei vor</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>infiniti::UserImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 failed, %4 rejected before sending.</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 fehlgeschlagen, %4 vor dem Senden abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows ready to import, %3 with problems (they will not be sent).</source>
        <translation>%1: %2 Zeilen bereit zum Import, %3 mit Problemen (sie werden nicht gesendet).</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: finding out which users exist already…</source>
        <translation>%1: Es wird ermittelt, welche Benutzer es schon gibt…</translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) will be created</source>
        <translation>
            <numerusform>%n neuer Benutzer wird angelegt</numerusform>
            <numerusform>%n neue Benutzer werden angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) updated.</source>
        <translation>
            <numerusform>%n vorhandener Benutzer wird aktualisiert.</numerusform>
            <numerusform>%n vorhandene Benutzer werden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be checked (see Problems).</source>
        <translation>
            <numerusform>%n Zeile konnte nicht geprüft werden (siehe Probleme).</numerusform>
            <numerusform>%n Zeilen konnten nicht geprüft werden (siehe Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 changes your own account, %2, the one signed in.</source>
        <translation>Zeile %1 ändert Ihr eigenes Konto, %2, mit dem Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>update (no change)</source>
        <translation>aktualisieren (keine Änderung)</translation>
    </message>
    <message>
        <source>update: %1</source>
        <translation>aktualisieren: %1</translation>
    </message>
    <message>
        <source>Your own account (signed in).</source>
        <translation>Ihr eigenes Konto (angemeldet).</translation>
    </message>
</context>
<context>
    <name>infiniti::UserPropertiesDialog</name>
    <message>
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation>Leer lassen, um das aktuelle Passwort zu behalten</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Every custom field needs a name.</source>
        <translation>Jedes benutzerdefinierte Feld braucht einen Namen.</translation>
    </message>
    <message>
        <source>The field “%1” appears twice.</source>
        <translation>Das Feld „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The groups that exist could not be read, so only this user&apos;s own groups are listed. %1</source>
        <translation>Die vorhandenen Gruppen konnten nicht gelesen werden, daher werden nur die eigenen Gruppen dieses Benutzers aufgeführt. %1</translation>
    </message>
    <message>
        <source>The roles that exist could not be read, so only this user&apos;s own roles are listed. %1</source>
        <translation>Die vorhandenen Rollen konnten nicht gelesen werden, daher werden nur die eigenen Rollen dieses Benutzers aufgeführt. %1</translation>
    </message>
    <message>
        <source>The custom fields defined on the server could not be read, so the user&apos;s values are shown as they are stored. %1</source>
        <translation>Die auf dem Server definierten benutzerdefinierten Felder konnten nicht gelesen werden, daher werden die Werte des Benutzers so angezeigt, wie sie gespeichert sind. %1</translation>
    </message>
    <message>
        <source>a date, e.g. %1</source>
        <translation>ein Datum, z. B. %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Not defined any more (kept):</source>
        <translation>Nicht mehr definiert (beibehalten):</translation>
    </message>
    <message>
        <source>No custom fields are defined for user profiles on this server.</source>
        <translation>Auf diesem Server sind keine benutzerdefinierten Felder für Benutzerprofile definiert.</translation>
    </message>
    <message>
        <source>The custom fields defined on the server for user profiles.</source>
        <translation>Die auf dem Server für Benutzerprofile definierten benutzerdefinierten Felder.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Keine Zahl.</translation>
    </message>
    <message>
        <source>Not a date: write it as %1.</source>
        <translation>Kein Datum: schreiben Sie es als %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language (country)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language name — its code</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>infiniti::UsersModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>infiniti::UsersPane</name>
    <message>
        <source>Filter by username, name or email (Ctrl+F)</source>
        <translation>Nach Benutzername, Name oder E-Mail filtern (Strg+F)</translation>
    </message>
    <message>
        <source>This server has no users.</source>
        <translation>Dieser Server hat keine Benutzer.</translation>
    </message>
    <message>
        <source>you are signed in with this account</source>
        <translation>Sie sind mit diesem Konto angemeldet</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Import users from CSV…</source>
        <translation>Benutzer aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No user is named exactly “%1”.</source>
        <translation>Kein Benutzer heißt genau „%1“.</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation>%1 aktivieren?</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <source>Unlock %1?</source>
        <translation>%1 entsperren?</translation>
    </message>
    <message>
        <source>Requiring a new password…</source>
        <translation>Neues Passwort wird verlangt…</translation>
    </message>
    <message>
        <source>asked for a new password at the next sign-in</source>
        <translation>muss bei der nächsten Anmeldung ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>&amp;Require</source>
        <translation>&amp;Verlangen</translation>
    </message>
    <message>
        <source>Showing the list&apos;s copy. %1</source>
        <translation>Die Kopie aus der Liste wird angezeigt. %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Require a new password at the next sign-in from %1?</source>
        <translation>Bei der nächsten Anmeldung ein neues Passwort verlangen für %1?</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Require a new pass&amp;word</source>
        <translation>Neues &amp;Passwort verlangen</translation>
    </message>
</context>
<context>
    <name>infiniti::ValuesTable</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Named values</source>
        <translation>Benannte Werte</translation>
    </message>
    <message>
        <source>Add &amp;value</source>
        <translation>Wert &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>infiniti::VerbatimHttpReply</name>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>Die Antwort des Servers ist kein HTTP.</translation>
    </message>
    <message>
        <source>Malformed chunked body.</source>
        <translation>Fehlerhafter Chunked-Body.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection mid-answer.</source>
        <translation>Der Server hat die Verbindung mitten in der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Operation cancelled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>infiniti::WorkflowsPane</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Gesperrt von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Filter by project, state or assignee (Ctrl+F)</source>
        <translation>Nach Projekt, Zustand oder Zuständigem filtern (Strg+F)</translation>
    </message>
    <message>
        <source>No workflows.</source>
        <translation>Keine Workflows.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workflow(s)</source>
        <translation>
            <numerusform>%Ln Workflow</numerusform>
            <numerusform>%Ln Workflows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation>Workflow &amp;beenden…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Aborting…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>beendet</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n workflow(s)</source>
        <translation>
            <numerusform>%n Workflow neu zuweisen</numerusform>
            <numerusform>%n Workflows neu zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation>Wird neu zugewiesen…</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>neu zugewiesen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Zugewiesen an:</translation>
    </message>
    <message>
        <source>Assigned by:</source>
        <translation>Zugewiesen von:</translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation>Zugewiesen:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Locked by:</source>
        <translation>Gesperrt von:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Showing the list&apos;s copy. %1</source>
        <translation>Die Kopie aus der Liste wird angezeigt. %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Current — with %1 since %2</source>
        <translation>Aktuell — bei %1 seit %2</translation>
    </message>
    <message>
        <source>Stopped here (%1)</source>
        <translation>Hier angehalten (%1)</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>Noch ausstehend</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>Zustände:</translation>
    </message>
    <message>
        <source>The list may be out of date: %1</source>
        <translation>Die Liste ist möglicherweise veraltet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Abort %1? This ends the remaining stages of the workflow(s); it cannot be undone.</source>
        <translation>
            <numerusform>%1 beenden? Damit enden die verbleibenden Stufen des Workflows; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%1 beenden? Damit enden die verbleibenden Stufen der Workflows; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Return the workflow to its previous state</source>
        <translation>Den Workflow in seinen vorigen Zustand zurücksetzen</translation>
    </message>
    <message>
        <source>“%1” is now at “%2”.</source>
        <translation>„%1“ ist jetzt im Zustand „%2“.</translation>
    </message>
    <message>
        <source>Revert %1? It leaves “%2” and goes back to the state it was in before. Which state that is cannot be shown here: the server does not say before the revert (the list shows it afterwards).</source>
        <translation>%1 zurücksetzen? Er verlässt „%2“ und kehrt in den Zustand zurück, in dem er vorher war. Welcher das ist, lässt sich hier nicht zeigen: der Server nennt ihn erst nach dem Zurücksetzen (die Liste zeigt ihn dann).</translation>
    </message>
    <message>
        <source>Revert %1? Each leaves its state (named first in brackets) and goes back to the state it was in before. Which states those are cannot be shown here: the server does not say before the revert (the list shows them afterwards).</source>
        <translation>%1 zurücksetzen? Jeder verlässt seinen Zustand (in Klammern zuerst genannt) und kehrt in den Zustand zurück, in dem er vorher war. Welche das sind, lässt sich hier nicht zeigen: der Server nennt sie erst nach dem Zurücksetzen (die Liste zeigt sie dann).</translation>
    </message>
    <message>
        <source>This server does not say which workflows are in progress, so they cannot be filtered by status.</source>
        <translation>Dieser Server gibt nicht an, welche Workflows in Bearbeitung sind, daher können sie nicht nach Status gefiltert werden.</translation>
    </message>
    <message>
        <source>End the workflow and all its remaining stages, whoever it is assigned to (an administrator&apos;s action; it cannot be undone). Not My tasks&apos; Cancel the task.</source>
        <translation>Den Workflow mit allen verbleibenden Stufen beenden, wem auch immer er zugewiesen ist (eine Aktion für Administratoren; lässt sich nicht rückgängig machen). Nicht dasselbe wie „Aufgabe stornieren“ unter Meine Aufgaben.</translation>
    </message>
</context>
<context>
    <name>infiniti::XmlEditor</name>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden…</translation>
    </message>
    <message>
        <source>Load XML</source>
        <translation>XML laden</translation>
    </message>
    <message>
        <source>XML files (*.xml *.xsd);;All files (*)</source>
        <translation>XML-Dateien (*.xml *.xsd);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>✗ %1 cannot be read: %2</source>
        <translation>✗ %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>Leer.</translation>
    </message>
    <message>
        <source>✓ Well-formed XML.</source>
        <translation>✓ Wohlgeformtes XML.</translation>
    </message>
    <message>
        <source>✗ Not well-formed — %1</source>
        <translation>✗ Nicht wohlgeformt — %1</translation>
    </message>
    <message>
        <source>&amp;Edit the XML</source>
        <translation>XML b&amp;earbeiten</translation>
    </message>
    <message>
        <source>Cop&amp;y the XML</source>
        <translation>XML kop&amp;ieren</translation>
    </message>
</context>
<context>
    <name>infiniti::compare</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Content folders</source>
        <translation>Inhaltsordner</translation>
    </message>
    <message>
        <source>Publish folders</source>
        <translation>Veröffentlichungsordner</translation>
    </message>
    <message>
        <source>Connector settings</source>
        <translation>Connector-Einstellungen</translation>
    </message>
    <message>
        <source>Communication templates</source>
        <translation>Kommunikationsvorlagen</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Data objects</source>
        <translation>Datenobjekte</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>Inhaltsbibliothek</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Published projects</source>
        <translation>Veröffentlichte Projekte</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <source>Only there</source>
        <translation>Nur dort</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>infiniti::compare::Comparison</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>infiniti::compare::Promoter</name>
    <message>
        <source>Not sent (dry run).</source>
        <translation>Nicht gesendet (Probelauf).</translation>
    </message>
    <message>
        <source>Not sent: not signed in to both servers.</source>
        <translation>Nicht gesendet: nicht bei beiden Servern angemeldet.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>its data source is not on the target</source>
        <translation>die zugehörige Datenquelle fehlt auf dem Ziel</translation>
    </message>
    <message>
        <source>The file could not be read on the source: %1</source>
        <translation>Die Datei konnte auf der Quelle nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The source gave no readable file for it.</source>
        <translation>Die Quelle lieferte keine lesbare Datei dafür.</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Not sent: it is not in the source&apos;s snapshot.</source>
        <translation>Nicht gesendet: es ist nicht im Schnappschuss der Quelle.</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Angelegt.</translation>
    </message>
    <message>
        <source>Created; %1.</source>
        <translation>Angelegt; %1.</translation>
    </message>
    <message>
        <source>read %1 on the target</source>
        <translation>%1 auf dem Ziel lesen</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation>Aktualisiert.</translation>
    </message>
    <message>
        <source>Updated; %1.</source>
        <translation>Aktualisiert; %1.</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Umbenannt.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>The source&apos;s sync package did not hold it.</source>
        <translation>Das Synchronisierungspaket der Quelle enthielt es nicht.</translation>
    </message>
    <message>
        <source>The server did not import it.</source>
        <translation>Der Server hat es nicht importiert.</translation>
    </message>
    <message>
        <source>The server did not import it: %1</source>
        <translation>Der Server hat es nicht importiert: %1</translation>
    </message>
    <message>
        <source>The server kept its own version %1.</source>
        <translation>Der Server hat seine eigene Version %1 behalten.</translation>
    </message>
    <message>
        <source>The server kept its own version %1: %2</source>
        <translation>Der Server hat seine eigene Version %1 behalten: %2</translation>
    </message>
    <message>
        <source>Imported; version %1 there now.</source>
        <translation>Importiert; dort jetzt Version %1.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>infiniti::compare::SnapshotReader</name>
    <message>
        <source>read the server</source>
        <translation>Server lesen</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>Liste abrufen (%1)</translation>
    </message>
    <message>
        <source>compare the servers</source>
        <translation>Server vergleichen</translation>
    </message>
    <message>
        <source>list data sources</source>
        <translation>Datenquellen auflisten</translation>
    </message>
    <message>
        <source>A data source has no id, so its data objects cannot be listed.</source>
        <translation>Eine Datenquelle hat keine ID, daher lassen sich ihre Datenobjekte nicht auflisten.</translation>
    </message>
    <message>
        <source>list the data objects of “%1”</source>
        <translation>Datenobjekte von „%1“ auflisten</translation>
    </message>
    <message>
        <source>The server gave no readable file for the library item “%1”.</source>
        <translation>Der Server lieferte keine lesbare Datei für das Bibliothekselement „%1“.</translation>
    </message>
    <message>
        <source>the package does not hold this project</source>
        <translation>das Paket enthält dieses Projekt nicht</translation>
    </message>
    <message>
        <source>The export of the project “%1” cannot be read: %2.</source>
        <translation>Der Export des Projekts „%1“ ist nicht lesbar: %2.</translation>
    </message>
</context>
<context>
    <name>infiniti::compare::Wording</name>
    <message>
        <source>%1: %2 here, not there</source>
        <translation>%1: %2 hier, nicht dort</translation>
    </message>
    <message>
        <source>%1: here, not there</source>
        <translation>%1: hier, nicht dort</translation>
    </message>
    <message>
        <source>%1: %2 there, not here</source>
        <translation>%1: %2 dort, nicht hier</translation>
    </message>
    <message>
        <source>%1: there, not here</source>
        <translation>%1: dort, nicht hier</translation>
    </message>
    <message>
        <source>and 1 more change</source>
        <translation>und 1 weitere Änderung</translation>
    </message>
    <message>
        <source>and %1 more changes</source>
        <translation>und %1 weitere Änderungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>member of %1 here, not there</source>
        <translation>Mitglied von %1 hier, nicht dort</translation>
    </message>
    <message>
        <source>member of %1 there, not here</source>
        <translation>Mitglied von %1 dort, nicht hier</translation>
    </message>
    <message>
        <source>rights for %1 here, not there</source>
        <translation>Rechte für %1 hier, nicht dort</translation>
    </message>
    <message>
        <source>rights for %1 there, not here</source>
        <translation>Rechte für %1 dort, nicht hier</translation>
    </message>
    <message>
        <source>role %1 here, not there</source>
        <translation>Rolle %1 hier, nicht dort</translation>
    </message>
    <message>
        <source>role %1 there, not here</source>
        <translation>Rolle %1 dort, nicht hier</translation>
    </message>
    <message>
        <source>roles %1 here, not there</source>
        <translation>Rollen %1 hier, nicht dort</translation>
    </message>
    <message>
        <source>roles %1 there, not here</source>
        <translation>Rollen %1 dort, nicht hier</translation>
    </message>
    <message>
        <source>permission %1 here, not there</source>
        <translation>Berechtigung %1 hier, nicht dort</translation>
    </message>
    <message>
        <source>permission %1 there, not here</source>
        <translation>Berechtigung %1 dort, nicht hier</translation>
    </message>
    <message>
        <source>permissions %1 here, not there</source>
        <translation>Berechtigungen %1 hier, nicht dort</translation>
    </message>
    <message>
        <source>permissions %1 there, not here</source>
        <translation>Berechtigungen %1 dort, nicht hier</translation>
    </message>
    <message>
        <source>%1 differs (hidden)</source>
        <translation>%1 unterscheidet sich (verborgen)</translation>
    </message>
    <message>
        <source>%1 set here, empty there</source>
        <translation>%1 hier gesetzt, dort leer</translation>
    </message>
    <message>
        <source>%1 empty here, set there</source>
        <translation>%1 hier leer, dort gesetzt</translation>
    </message>
    <message>
        <source>other content</source>
        <translation>anderer Inhalt</translation>
    </message>
    <message>
        <source>same version %1, other content</source>
        <translation>gleiche Version %1, anderer Inhalt</translation>
    </message>
    <message>
        <source>%1 here, %2 there</source>
        <translation>%1 hier, %2 dort</translation>
    </message>
    <message>
        <source>another file of the same size (%1)</source>
        <translation>eine andere Datei gleicher Größe (%1)</translation>
    </message>
    <message>
        <source>another file: %1 here, %2 there</source>
        <translation>eine andere Datei: %1 hier, %2 dort</translation>
    </message>
    <message>
        <source>named “%1” there</source>
        <translation>dort „%1“ genannt</translation>
    </message>
    <message>
        <source>no folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>in %1 here, %2 there</source>
        <translation>hier in %1, dort in %2</translation>
    </message>
    <message>
        <source>text (default language)</source>
        <translation>Text (Standardsprache)</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>Text (%1)</translation>
    </message>
    <message>
        <source>%1 differs</source>
        <translation>%1 unterscheidet sich</translation>
    </message>
    <message>
        <source>%1 here, not there</source>
        <translation>%1 hier, nicht dort</translation>
    </message>
    <message>
        <source>%1 there, not here</source>
        <translation>%1 dort, nicht hier</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 there</source>
        <translation>%1: %2 hier, %3 dort</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::Command</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 an Position %3</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln byte(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%Ln Byte).</numerusform>
            <numerusform>%1 gespeichert (%Ln Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not send back the result; list or get it to see it.</source>
        <translation>Der Server hat das Ergebnis nicht zurückgesendet; mit list oder get ist es zu sehen.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint: %1</source>
        <translation>Sein SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>infiniti-ctl trusts a certificate the system trusts, or one trusted for a saved connection in infiniti-admin (then use --profile NAME).</source>
        <translation>infiniti-ctl vertraut einem Zertifikat, dem das System vertraut, oder einem, dem in infiniti-admin für eine gespeicherte Verbindung vertraut wurde (dann --profile NAME verwenden).</translation>
    </message>
    <message>
        <source>The sign-in remembered by &apos;infiniti-ctl login&apos; was not accepted: run &apos;infiniti-ctl login&apos; again, or give the password in INFINITI_PASSWORD.</source>
        <translation>Die von „infiniti-ctl login“ gemerkte Anmeldung wurde nicht angenommen: Führen Sie „infiniti-ctl login“ erneut aus oder geben Sie das Passwort in INFINITI_PASSWORD an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds more than %Ln byte(s): not what was asked for here.</source>
        <translation>
            <numerusform>%1 enthält mehr als %Ln Byte: nicht das, was hier erwartet wird.</numerusform>
            <numerusform>%1 enthält mehr als %Ln Byte: nicht das, was hier erwartet wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::CompareCommand</name>
    <message>
        <source>the source and the target are the same server (%1).</source>
        <translation>Quelle und Ziel sind derselbe Server (%1).</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing was compared: a comparison of what was read would show differences that are not there. Leave the part out (name the others with --part) or give the account access to %1.</source>
        <translation>Es wurde nichts verglichen: Ein Vergleich des Gelesenen würde Unterschiede zeigen, die es nicht gibt. Lassen Sie den Teil weg (nennen Sie die anderen mit --part) oder geben Sie dem Konto Zugriff auf %1.</translation>
    </message>
    <message>
        <source>Nothing was compared: a comparison of what was read would show differences that are not there. Try again, or leave %1 out (name the other parts with --part).</source>
        <translation>Es wurde nichts verglichen: Ein Vergleich des Gelesenen würde Unterschiede zeigen, die es nicht gibt. Versuchen Sie es erneut oder lassen Sie %1 weg (nennen Sie die anderen Teile mit --part).</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::CtlApp</name>
    <message>
        <source>no saved connection named “%1”.</source>
        <translation>keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a server URL.</source>
        <translation>„%1“ ist keine Server-URL.</translation>
    </message>
    <message>
        <source>not signed in as %1. Run &apos;infiniti-ctl login&apos; first, or give the password in INFINITI_PASSWORD or on standard input.</source>
        <translation>nicht als %1 angemeldet. Führen Sie zuerst „infiniti-ctl login“ aus oder geben Sie das Passwort in INFINITI_PASSWORD oder über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>(The keychain is not available: %1)</source>
        <translation>(Der Schlüsselbund ist nicht verfügbar: %1)</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>unterbrochen.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>say which account with %1 NAME.</source>
        <translation>Geben Sie das Konto mit %1 NAME an.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>not signed in to the target as %1. Run &apos;infiniti-ctl login&apos; for it first, or give its password in INFINITI_TO_PASSWORD (else INFINITI_PASSWORD is used).</source>
        <translation>Nicht beim Ziel als %1 angemeldet. Führen Sie zuerst „infiniti-ctl login“ dafür aus oder geben Sie sein Passwort in INFINITI_TO_PASSWORD an (sonst wird INFINITI_PASSWORD verwendet).</translation>
    </message>
    <message>
        <source>not signed in as %1. Run &apos;infiniti-ctl login&apos; first, or give the password in INFINITI_PASSWORD (standard input carries what --file - or --key-file - reads).</source>
        <translation>nicht als %1 angemeldet. Führen Sie zuerst „infiniti-ctl login“ aus oder geben Sie das Passwort in INFINITI_PASSWORD an (die Standardeingabe trägt, was --file - oder --key-file - liest).</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::DiffCommand</name>
    <message numerus="yes">
        <source>the same in %n part(s)</source>
        <translation>
            <numerusform>in %n Teil gleich</numerusform>
            <numerusform>in %n Teilen gleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) in %1</source>
        <translation>
            <numerusform>%n Unterschied in %1</numerusform>
            <numerusform>%n Unterschiede in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 and %2 objects read in %3 s).</source>
        <translation>(%1 und %2 Objekte in %3 s gelesen).</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::GenerateCommand</name>
    <message>
        <source>the generation %1: %2</source>
        <translation>die Erzeugung %1: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message numerus="yes">
        <source>the generation did not finish within %Ln second(s); its last status was “%1”.</source>
        <translation>
            <numerusform>die Erzeugung wurde nicht innerhalb von %Ln Sekunde abgeschlossen; ihr letzter Status war „%1“.</numerusform>
            <numerusform>die Erzeugung wurde nicht innerhalb von %Ln Sekunden abgeschlossen; ihr letzter Status war „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server took the generation but named no operation (no id, no Location in its answer): look its documents up with &apos;outputs&apos; by the run id, if you have one.</source>
        <translation>der Server hat die Erzeugung angenommen, aber keinen Vorgang genannt (keine ID, kein Location in seiner Antwort): Suchen Sie ihre Dokumente mit &apos;outputs&apos; über die Ausführungs-ID, falls Sie eine haben.</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::LibraryCommand</name>
    <message>
        <source>%1 is empty or has no extension; the library needs both.</source>
        <translation>%1 ist leer oder hat keine Dateierweiterung; die Bibliothek braucht beides.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Angelegt.</translation>
    </message>
    <message>
        <source>Replaced.</source>
        <translation>Ersetzt.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::LicenseCommand</name>
    <message>
        <source>License updated.</source>
        <translation>Lizenz aktualisiert.</translation>
    </message>
    <message>
        <source>The server took the key, but the license it shows is the same as before.</source>
        <translation>Der Server hat den Schlüssel angenommen, aber die angezeigte Lizenz ist dieselbe wie vorher.</translation>
    </message>
    <message>
        <source>%1 holds no license key.</source>
        <translation>%1 enthält keinen Lizenzschlüssel.</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::Login</name>
    <message>
        <source>login needs the password in INFINITI_PASSWORD or on standard input.</source>
        <translation>login benötigt das Passwort in INFINITI_PASSWORD oder über die Standardeingabe.</translation>
    </message>
    <message>
        <source>signed in, but the keychain could not remember the sign-in: %1</source>
        <translation>angemeldet, aber der Schlüsselbund konnte die Anmeldung nicht speichern: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::Logout</name>
    <message>
        <source>Not signed in as %1; nothing to do.</source>
        <translation>Nicht als %1 angemeldet; nichts zu tun.</translation>
    </message>
    <message>
        <source>the token was forgotten here, but the server said: %1</source>
        <translation>das Token wurde hier vergessen, aber der Server meldete: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::OutputsCommand</name>
    <message>
        <source>operation %1 is %2; it has no documents.</source>
        <translation>Vorgang %1 ist %2; er hat keine Dokumente.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>list the generated files</source>
        <translation>erzeugte Dateien auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln Dokument in %1 gespeichert.</numerusform>
            <numerusform>%Ln Dokumente in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::PrepareForm</name>
    <message>
        <source>the server prepared the form but gave no link to it (no Location in its answer).</source>
        <translation>der Server hat das Formular vorbereitet, aber keinen Link dazu angegeben (kein Location in seiner Antwort).</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ProjectsCommand</name>
    <message>
        <source>Renamed.</source>
        <translation>Umbenannt.</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ProjectsExportAll</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the list of projects could not be read, so nothing was exported.</source>
        <translation>die Projektliste war nicht lesbar, daher wurde nichts exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln project(s) exported to %2.</source>
        <translation>
            <numerusform>%1 von %Ln Projekt nach %2 exportiert.</numerusform>
            <numerusform>%1 von %Ln Projekten nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of projects could not be read whole, so nothing was exported.</source>
        <translation>die Liste der Projekte konnte nicht vollständig gelesen werden, daher wurde nichts exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) could not be exported (named above).</source>
        <translation>
            <numerusform>%Ln Projekt konnte nicht exportiert werden (oben genannt).</numerusform>
            <numerusform>%Ln Projekte konnten nicht exportiert werden (oben genannt).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ProjectsImport</name>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln package(s) imported.</source>
        <translation>
            <numerusform>%1 von %Ln Paket importiert.</numerusform>
            <numerusform>%1 von %Ln Paketen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>importiert: %1</translation>
    </message>
    <message>
        <source>imported: %1 (as the package lists them; the server did not say)</source>
        <translation>importiert: %1 (so wie das Paket sie aufführt; der Server hat keine Angaben gemacht)</translation>
    </message>
    <message>
        <source>(With --overwrite it goes in as a new version.)</source>
        <translation>(Mit --overwrite wird es als neue Version importiert.)</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ProjectsInspect</name>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::PromoteCommand</name>
    <message>
        <source>nothing to promote: the servers do not differ there.</source>
        <translation>Nichts zu übertragen: Die Server unterscheiden sich dort nicht.</translation>
    </message>
    <message>
        <source>%1: the same on both servers, nothing to promote.</source>
        <translation>%1: auf beiden Servern gleich, nichts zu übertragen.</translation>
    </message>
    <message>
        <source>neither server has %1 (an --item is PART:NAME, the key &apos;diff --csv&apos; prints, or an id); nothing was changed.</source>
        <translation>Keiner der Server hat %1 (ein --item ist TEIL:NAME, der Schlüssel, den „diff --csv“ ausgibt, oder eine ID); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>--confirm-target “%1” does not name the target (%2); nothing was changed.</source>
        <translation>--confirm-target „%1“ nennt nicht das Ziel (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>dry run, nothing sent: %n step(s) planned</source>
        <translation>
            <numerusform>Probelauf, nichts gesendet: %n Schritt geplant</numerusform>
            <numerusform>Probelauf, nichts gesendet: %n Schritte geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not compare again: %1</source>
        <translation>Erneuter Vergleich nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Compared again: the %n difference(s) promoted now match.</source>
        <translation>
            <numerusform>Erneut verglichen: Der übertragene Unterschied stimmt jetzt überein.</numerusform>
            <numerusform>Erneut verglichen: Die %n übertragenen Unterschiede stimmen jetzt überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared again: %1 of the %n difference(s) promoted still differ:</source>
        <translation>
            <numerusform>Erneut verglichen: %1 von %n übertragenen Unterschied unterscheiden sich noch:</numerusform>
            <numerusform>Erneut verglichen: %1 der %n übertragenen Unterschiede unterscheiden sich noch:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ResourceEntity</name>
    <message>
        <source>load %1 %2</source>
        <translation>%1 %2 laden</translation>
    </message>
    <message>
        <source>create a %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Angelegt.</translation>
    </message>
    <message>
        <source>delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>save %1 %2</source>
        <translation>%1 %2 speichern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>save library item %1</source>
        <translation>Bibliothekselement %1 speichern</translation>
    </message>
    <message>
        <source>The server sent the item without its file or its version, and an update without the file could remove it. Nothing was saved; give the file as &quot;binary&quot; (Base64) with its &quot;extension&quot;.</source>
        <translation>Der Server sandte das Element ohne seine Datei und ohne seine Version, und eine Änderung ohne die Datei könnte sie entfernen. Es wurde nichts gespeichert; geben Sie die Datei als &quot;binary&quot; (Base64) mit ihrer &quot;extension&quot; an.</translation>
    </message>
    <message>
        <source>there is no user with the id “%1” (for a username: --name %1).</source>
        <translation>es gibt keinen Benutzer mit der ID „%1“ (für einen Benutzernamen: --name %1).</translation>
    </message>
    <message>
        <source>there is no %1 with the id “%2” (&apos;infiniti-ctl %3 list&apos; shows the ids).</source>
        <translation>die ID „%2“ gehört zu keinem Objekt vom Typ „%1“ (&apos;infiniti-ctl %3 list&apos; zeigt die IDs).</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ResourceList</name>
    <message>
        <source>read the %1 list</source>
        <extracomment>&quot;Could not read the user list: …&quot;; %1 is singular (&quot;user&quot;)</extracomment>
        <translation>Liste abrufen (%1)</translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::SyncCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a sync package.</source>
        <translation>die Antwort des Servers ist kein Synchronisierungspaket.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln byte(s)):</source>
        <translation>
            <numerusform>%1 gespeichert (%Ln Byte):</numerusform>
            <numerusform>%1 gespeichert (%Ln Bytes):</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported; the server sent no summary of what it created, updated or skipped.</source>
        <translation>Importiert; der Server hat keine Zusammenfassung gesendet, was er angelegt, aktualisiert oder übersprungen hat.</translation>
    </message>
    <message>
        <source>--mode %1: %2 take no mode of their own (they go with their data sources).</source>
        <translation>--mode %1: %2 haben keinen eigenen Modus (sie folgen ihren Datenquellen).</translation>
    </message>
    <message>
        <source>--mode %1: %2 takes %3 only (IfNewer is documented for projects and contentLibraryItems).</source>
        <translation>--mode %1: %2 nimmt nur %3 (IfNewer ist nur für projects und contentLibraryItems dokumentiert).</translation>
    </message>
    <message>
        <source>IfNewer is documented for projects and contentLibraryItems only; the other parts are imported IfNotExists (what is there is kept).</source>
        <translation>IfNewer ist nur für projects und contentLibraryItems dokumentiert; die übrigen Teile werden mit IfNotExists importiert (Vorhandenes bleibt erhalten).</translation>
    </message>
    <message>
        <source>With %1 the package holds passwords and connection strings in clear text; keep it as safe as a password.</source>
        <translation>Mit %1 enthält das Paket Kennwörter und Verbindungszeichenfolgen im Klartext; bewahren Sie es so sicher auf wie ein Kennwort.</translation>
    </message>
    <message>
        <source>Left out unless asked for (--with PART): %1.</source>
        <translation>Weggelassen, wenn nicht verlangt (--with PART): %1.</translation>
    </message>
    <message numerus="yes">
        <source>not everything in the package went in: the server named %Ln problem(s) (in the summary).</source>
        <translation>
            <numerusform>nicht alles aus dem Paket wurde übernommen: Der Server nennt %Ln Problem (in der Zusammenfassung).</numerusform>
            <numerusform>nicht alles aus dem Paket wurde übernommen: Der Server nennt %Ln Probleme (in der Zusammenfassung).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::UsersImport</name>
    <message>
        <source>list groups</source>
        <translation>Gruppen auflisten</translation>
    </message>
    <message>
        <source>list roles</source>
        <translation>Rollen auflisten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln row(s) valid,</source>
        <translation>
            <numerusform>Probelauf: %Ln Zeile gültig,</numerusform>
            <numerusform>Probelauf: %Ln Zeilen gültig,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected; nothing was changed.</source>
        <translation>
            <numerusform>%Ln abgelehnt; es wurde nichts geändert.</numerusform>
            <numerusform>%Ln abgelehnt; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported,</source>
        <translation>
            <numerusform>%Ln importiert,</numerusform>
            <numerusform>%Ln importiert,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected,</source>
        <translation>
            <numerusform>%Ln abgelehnt,</numerusform>
            <numerusform>%Ln abgelehnt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen.</numerusform>
            <numerusform>%Ln fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::WorkflowAction</name>
    <message>
        <source>Aborted.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>Reverted.</source>
        <translation>Zurückgesetzt.</translation>
    </message>
    <message>
        <source>Reassigned.</source>
        <translation>Neu zugewiesen.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Entsperrt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Abgesendet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for Infiniti servers.</source>
        <translation>Verwaltungskonsole für Infiniti-Server.</translation>
    </message>
    <message>
        <source>Start the built-in emulator with demo data and sign in to it.</source>
        <translation>Den integrierten Emulator mit Demodaten starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>Number of users the demo emulator seeds (default 250).</source>
        <translation>Anzahl der Benutzer, die der Demo-Emulator anlegt (Standard 250).</translation>
    </message>
    <message>
        <source>Open this saved connection.</source>
        <translation>Diese gespeicherte Verbindung öffnen.</translation>
    </message>
    <message>
        <source>Look for this run: system, light or dark (View → Theme remembers one).</source>
        <translation>Aussehen für diesen Start: system, light oder dark (Ansicht → Farbschema speichert eines).</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark.</source>
        <translation>--theme akzeptiert system, light oder dark.</translation>
    </message>
    <message>
        <source>Infiniti Admin</source>
        <translation>Infiniti Admin</translation>
    </message>
    <message>
        <source>The demo emulator could not start: %1</source>
        <translation>Der Demo-Emulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Longest wait, in seconds, for any answer of the server, however slowly it comes (default: each request&apos;s own).</source>
        <translation>Längste Wartezeit in Sekunden auf eine Antwort des Servers, wie langsam sie auch eintrifft (Standard: der Wert der jeweiligen Anfrage).</translation>
    </message>
    <message>
        <source>Largest answer taken in, in MiB (default 256).</source>
        <translation>Größte angenommene Antwort in MiB (Standard 256).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number above 0.</source>
        <translation>--%1 akzeptiert eine ganze Zahl größer als 0.</translation>
    </message>
</context>
</TS>
