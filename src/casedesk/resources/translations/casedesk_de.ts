<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessCopyDialog</name>
    <message>
        <source>Copy for the client (Art. 15)</source>
        <extracomment>Names the kind of document only: a client&apos;s name in a file name leaks into recent-file lists.</extracomment>
        <translation>Kopie für die KlientIn (Art. 15)</translation>
    </message>
    <message>
        <source>A readable copy of everything the desk holds about %1, with the purposes, the recipients from the disclosure log, the retention period and the client&apos;s rights (GDPR Art. 15). Contact notes and the names of others present are left out, because they may name other people (Art. 15(4)).</source>
        <translation>Eine lesbare Kopie von allem, was der Schreibtisch über %1 enthält, mit den Zwecken, den Empfängern aus dem Weitergabeprotokoll, der Speicherdauer und den Rechten der KlientIn (Art. 15 DSGVO). Gesprächsnotizen und die Namen weiterer Beteiligter fehlen darin, weil sie andere Personen nennen können (Art. 15 Abs. 4).</translation>
    </message>
    <message>
        <source>The client&apos;s language where their file names one</source>
        <translation>Die Sprache der KlientIn, wenn ihre Akte eine nennt</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern …</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Dokumentsprache:</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Die Kopie wird erstellt …</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record activity</source>
        <translation>Tätigkeit erfassen</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Art der Tätigkeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Kind (1–%1):</source>
        <translation>&amp;Art (1–%1):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; a digit picks the kind.</source>
        <translation>Strg+Eingabe speichert; eine Ziffer wählt die Art.</translation>
    </message>
    <message>
        <source>Saved: %1, %2 min</source>
        <translation>Gespeichert: %1, %2 Min.</translation>
    </message>
    <message>
        <source>Activity not saved</source>
        <translation>Tätigkeit nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>&amp;Which assessment:</source>
        <translation>&amp;Welches Assessment:</translation>
    </message>
    <message>
        <source>No assessment yet. Start one with “New assessment…”: each life domain gets the client&apos;s view, yours, a rating, resources and problems.</source>
        <translation>Noch kein Assessment. Beginnen Sie eines mit „Neues Assessment…“: Jeder Lebensbereich erhält die Sicht der Klientin/des Klienten, Ihre Sicht, eine Einschätzung, Ressourcen und Probleme.</translation>
    </message>
    <message>
        <source>This assessment is completed and stays as it is. Start a new assessment to assess again.</source>
        <translation>Dieses Assessment ist abgeschlossen und bleibt, wie es ist. Für eine erneute Einschätzung beginnen Sie ein neues Assessment.</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neues Assessment…</translation>
    </message>
    <message>
        <source>Edit &amp;domain…</source>
        <translation>Bereich bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Edit the selected life domain (Return)</source>
        <translation>Den gewählten Lebensbereich bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>Comp&amp;lete…</source>
        <translation>Ab&amp;schließen…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen am %1</translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <source>over its time box since %1</source>
        <translation>Zeitrahmen überschritten seit %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>fällig bis %1</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>community</source>
        <translation>Gemeinwesen</translation>
    </message>
</context>
<context>
    <name>AssessmentWords</name>
    <message>
        <source>1 – most important</source>
        <translation>1 – am wichtigsten</translation>
    </message>
    <message>
        <source>3 – least important</source>
        <translation>3 – am wenigsten wichtig</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 (completed %2)</source>
        <translation>%1 (abgeschlossen %2)</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (offen)</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Sicht der Klientin/des Klienten</translation>
    </message>
    <message>
        <source>Professional view</source>
        <translation>Fachliche Sicht</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Personal resources</source>
        <translation>Persönliche Ressourcen</translation>
    </message>
    <message>
        <source>Resources in the private life-world</source>
        <translation>Ressourcen in der privaten Lebenswelt</translation>
    </message>
    <message>
        <source>Resources in the community</source>
        <translation>Ressourcen im Gemeinwesen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Client&apos;s priority</source>
        <translation>Priorität der Klientin/des Klienten</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Opened the file</source>
        <translation>Akte geöffnet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Printed or saved as PDF</source>
        <translation>Gedruckt oder als PDF gespeichert</translation>
    </message>
    <message>
        <source>Erased (GDPR)</source>
        <translation>Gelöscht (DSGVO)</translation>
    </message>
    <message>
        <source>Recorded a disclosure</source>
        <translation>Weitergabe dokumentiert</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Akte der Klient/in</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Einwilligung in die Datenverarbeitung</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Weitergabe von Informationen</translation>
    </message>
    <message>
        <source>A colleague unknown to this desk</source>
        <translation>Eine diesem Arbeitsplatz unbekannte Kollegin / ein unbekannter Kollege</translation>
    </message>
    <message>
        <source>Erased client</source>
        <translation>Gelöschte/r Klient/in</translation>
    </message>
    <message>
        <source>A client not on this desk</source>
        <translation>Klient/in, die/der nicht auf diesem Arbeitsplatz ist</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Who opened or changed which client&apos;s records, when and how, newest first.</source>
        <translation>Wer wann welche Einträge welcher Klient/innen geöffnet oder geändert hat und wie, das Neueste zuerst.</translation>
    </message>
    <message>
        <source>Who opened or changed the records of %1, when and how, newest first.</source>
        <translation>Wer wann die Einträge von %1 geöffnet oder geändert hat und wie, das Neueste zuerst.</translation>
    </message>
    <message>
        <source>Who opened or changed this client&apos;s records, when and how, newest first.</source>
        <translation>Wer wann die Einträge dieser Klient/in geöffnet oder geändert hat und wie, das Neueste zuerst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>You see your own accesses only; team leads and admins see everyone&apos;s.</source>
        <translation>Sie sehen nur Ihre eigenen Zugriffe; Teamleitungen und Administrator/innen sehen die aller.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; &quot;casedesk audit&quot; lists them all.</source>
        <translation>
            <numerusform>Der neueste Eintrag wird gezeigt; „casedesk audit“ listet alle auf.</numerusform>
            <numerusform>Die neuesten %n Einträge werden gezeigt; „casedesk audit“ listet alle auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the desk</source>
        <translation>Arbeitsplatz sichern</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Encrypt with the &amp;desk&apos;s passphrase</source>
        <translation>Mit der Passphrase des A&amp;rbeitsplatzes verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase of its o&amp;wn</source>
        <translation>Mit einer &amp;eigenen Passphrase verschlüsseln</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <source>The backup holds every client of this desk, encrypted. Keep it where only you and the office can reach it, e.g. on an encrypted USB stick.</source>
        <translation>Die Sicherung enthält alle Klient/innen dieses Arbeitsplatzes, verschlüsselt. Bewahren Sie sie so auf, dass nur Sie und das Büro darankommen, z. B. auf einem verschlüsselten USB-Stick.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>A file of this name exists. Replace it?</source>
        <translation>Eine Datei mit diesem Namen gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Back up &amp;now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Rolling backups</source>
        <translation>Laufende Sicherungen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Once a day, at the first lock or close</source>
        <translation>Einmal am Tag, beim ersten Sperren oder Schließen</translation>
    </message>
    <message>
        <source>At every lock and close</source>
        <translation>Bei jedem Sperren und Schließen</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Kept now:</source>
        <translation>Vorhanden:</translation>
    </message>
    <message>
        <source>Encrypted with the desk&apos;s passphrase, in this computer&apos;s data folder. They help when the desk file is damaged; they do not help when the laptop is lost — that is what the sync with the office is for.</source>
        <translation>Mit der Passphrase des Arbeitsplatzes verschlüsselt, im Datenordner dieses Computers. Sie helfen, wenn die Arbeitsplatz-Datei beschädigt ist; sie helfen nicht, wenn der Laptop verloren geht — dafür ist die Synchronisation mit dem Büro da.</translation>
    </message>
    <message>
        <source>A backup is a complete, encrypted copy of this desk in one file, for a USB stick or the office&apos;s safe.</source>
        <translation>Eine Sicherung ist eine vollständige, verschlüsselte Kopie dieses Arbeitsplatzes in einer Datei, für einen USB-Stick oder den Tresor des Büros.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>in den Ordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the desk file has damaged pages</source>
        <translation>die Arbeitsplatz-Datei hat beschädigte Seiten</translation>
    </message>
    <message>
        <source>the desk was busy</source>
        <translation>der Arbeitsplatz war belegt</translation>
    </message>
    <message>
        <source>The last automatic backup failed on %1: %2.</source>
        <translation>Die letzte automatische Sicherung am %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sicherung gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>Good things about &amp;changing:</source>
        <translation>Was für eine &amp;Veränderung spricht:</translation>
    </message>
    <message>
        <source>Not so good about c&amp;hanging:</source>
        <translation>Was gegen eine Veränderung &amp;spricht:</translation>
    </message>
    <message>
        <source>Good things about &amp;staying as is:</source>
        <translation>Was dafür spricht, dass alles &amp;bleibt, wie es ist:</translation>
    </message>
    <message>
        <source>Not so good about s&amp;taying as is:</source>
        <translation>Was dagegen spricht, dass alles b&amp;leibt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation>Entscheidungswaage</translation>
    </message>
    <message>
        <source>One reason per line, in the client&apos;s words. A weight is optional: write it in brackets at the end, e.g. &quot;more money [3]&quot;. Weighing can feed ambivalence.</source>
        <translation>Ein Grund pro Zeile, in den Worten der KlientIn. Ein Gewicht ist freiwillig: in eckigen Klammern ans Ende, z. B. „mehr Geld [3]“. Gewichten kann die Ambivalenz verstärken.</translation>
    </message>
</context>
<context>
    <name>CaseDeskController</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Access:</source>
        <translation>Zugang:</translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation>Abklärung:</translation>
    </message>
    <message>
        <source>Intake agreement:</source>
        <translation>Aufnahmevereinbarung:</translation>
    </message>
    <message>
        <source>Consent to data processing:</source>
        <translation>Einwilligung in die Datenverarbeitung:</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluation:</translation>
    </message>
    <message>
        <source>The client&apos;s view:</source>
        <translation>Sicht der KlientIn:</translation>
    </message>
    <message>
        <source>Closure:</source>
        <translation>Abschluss:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Episodes and phase history</source>
        <translation>Fallepisoden und Phasenverlauf</translation>
    </message>
    <message>
        <source>&amp;Intake…</source>
        <translation>Auf&amp;nahme…</translation>
    </message>
    <message>
        <source>Re-assess…</source>
        <translation>Neues Assessment…</translation>
    </message>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>&amp;Evaluation…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Fall abschließen…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Wieder aufnehmen…</translation>
    </message>
    <message>
        <source>The phase itself moves with Change phase… on the overview, or here when the data suggests the next one.</source>
        <translation>Die Phase selbst ändert „Phase ändern …“ in der Übersicht, oder hier, wenn die Daten die nächste nahelegen.</translation>
    </message>
    <message>
        <source>Episodes and phase history:</source>
        <translation>Fallepisoden und Phasenverlauf:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>No case episode yet.</source>
        <translation>Noch keine Fallepisode.</translation>
    </message>
    <message>
        <source>Episode since %1 · phase: %2</source>
        <translation>Episode seit %1 · Phase: %2</translation>
    </message>
    <message>
        <source>Closed on %1 (episode since %2)</source>
        <translation>Abgeschlossen am %1 (Episode seit %2)</translation>
    </message>
    <message>
        <source>Suggested: %1. %2</source>
        <translation>Vorschlag: %1. %2</translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation>In %1 &amp;wechseln…</translation>
    </message>
    <message>
        <source>An assessment was started on %1.</source>
        <translation>Am %1 wurde ein Assessment begonnen.</translation>
    </message>
    <message>
        <source>The assessment was completed on %1.</source>
        <translation>Das Assessment wurde am %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>The service plan was signed on %1.</source>
        <translation>Der Hilfeplan wurde am %1 unterschrieben.</translation>
    </message>
    <message>
        <source>A referral&apos;s help started on %1.</source>
        <translation>Eine vermittelte Hilfe hat am %1 begonnen.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>several life domains</source>
        <translation>mehrere Lebensbereiche</translation>
    </message>
    <message>
        <source>several helpers</source>
        <translation>mehrere Hilfen</translation>
    </message>
    <message>
        <source>client agrees</source>
        <translation>KlientIn einverstanden</translation>
    </message>
    <message>
        <source>case management appropriate</source>
        <translation>Case Management angemessen</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>recorded on %1 (%2)</source>
        <translation>erfasst am %1 (%2)</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>noch nicht ausgewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) scored</source>
        <translation>
            <numerusform>%n Ziel bewertet</numerusform>
            <numerusform>%n Ziele bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>goal attainment T-score %1</source>
        <translation>Zielerreichung (T-Wert) %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Episode %1</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Caseloads</source>
        <extracomment>Print… was chosen: the window prints the report (``print_actions.caseload_report``).</extracomment>
        <translation>Fallzahlen</translation>
    </message>
    <message numerus="yes">
        <source>Active clients against the team&apos;s limit, and the share of clients in monitoring with a contact in the last %n days.</source>
        <translation>
            <numerusform>Aktive KlientInnen gegenüber der Grenze des Teams und der Anteil der KlientInnen im Monitoring mit einem Kontakt am letzten Tag.</numerusform>
            <numerusform>Aktive KlientInnen gegenüber der Grenze des Teams und der Anteil der KlientInnen im Monitoring mit einem Kontakt in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktive KlientInnen</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Deputy for</source>
        <translation>Vertretung für</translation>
    </message>
    <message>
        <source>Contact compliance</source>
        <translation>Kontakt eingehalten</translation>
    </message>
    <message>
        <source>Team&apos;s caseload limit</source>
        <translation>Fallzahlgrenze des Teams</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;limit:</source>
        <translation>Grenze des &amp;Teams:</translation>
    </message>
    <message>
        <source>&amp;Set limit</source>
        <translation>Grenze &amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (über der Grenze)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>%1 would then have %2 clients; the team&apos;s limit is %3. Assign anyway?</source>
        <translation>%1 hätte dann %2 KlientInnen; die Grenze des Teams liegt bei %3. Trotzdem zuordnen?</translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation>Fallzahlgrenze</translation>
    </message>
    <message>
        <source>no client in monitoring</source>
        <translation>keine KlientIn im Monitoring</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <extracomment>The fields whose change means checking for duplicates again. The worker chose an existing client instead of creating this one (a possible duplicate).</extracomment>
        <translation>Klient/in bearbeiten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neue/r Klient/in</translation>
    </message>
    <message>
        <source>street name, nickname</source>
        <translation>Straßenname, Spitzname</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>approximate (only the year is certain)</source>
        <translation>ungefähr (nur das Jahr ist sicher)</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>z. B. Deutsch, Polnisch</translation>
    </message>
    <message>
        <source>where to find them: scene, shelter, clinic…</source>
        <translation>wo anzutreffen: Szene, Notunterkunft, Ambulanz …</translation>
    </message>
    <message>
        <source>no fixed abode</source>
        <translation>ohne festen Wohnsitz</translation>
    </message>
    <message>
        <source>consents to data processing</source>
        <translation>willigt in die Datenverarbeitung ein</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
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
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Ge&amp;schlecht:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Sp&amp;rachen:</translation>
    </message>
    <message>
        <source>&amp;Where to find:</source>
        <translation>&amp;Wo anzutreffen:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;Emergency notes:</source>
        <translation>Notfall&amp;hinweise:</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>E&amp;inwilligung:</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Code person becomes a client</source>
        <translation>Codeperson wird Klient/in</translation>
    </message>
    <message>
        <source>This person may already be on the desk:

%1

Save a new client anyway? (No: back to the form, where you can open the existing client instead.)</source>
        <extracomment>The clients the worker saw and chose to create this one beside.</extracomment>
        <translation>Diese Person ist vielleicht schon auf diesem Arbeitsplatz:

%1

Trotzdem als neue/n Klient/in speichern? (Nein: zurück zum Formular, dort können Sie stattdessen die vorhandene Person öffnen.)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>&amp;Copy for the client (Art. 15)…</source>
        <extracomment>The tabs a code person&apos;s file shows (``street.CodePersonDialog`` edits the code itself). Another record was merged with this one; the id is the record that stayed.</extracomment>
        <translation>&amp;Kopie für die KlientIn (Art. 15) …</translation>
    </message>
    <message>
        <source>A readable PDF of the client&apos;s data, the recipients and their rights, in their language</source>
        <translation>Ein lesbares PDF mit den Daten der KlientIn, den Empfängern und ihren Rechten, in ihrer Sprache</translation>
    </message>
    <message>
        <source>Archive client?</source>
        <extracomment>Where to find the client, beside the contacts&apos; timeline its trail is read from.</extracomment>
        <translation>Klient/in archivieren?</translation>
    </message>
    <message>
        <source>Archive %1? The file is kept and can be found with &quot;Closed/archived&quot;.</source>
        <translation>%1 archivieren? Die Akte bleibt erhalten und ist über „Abgeschlossen/archiviert“ zu finden.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Rows per page while looking for a client to select that is not loaded yet: few round trips through a long caseload, each still quick (about 30 ms for 1 000 rows on the benchmark desk). More rows are wanted: load the page after this key (this many rows; 0: a normal page) and ``add_page`` it.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>%1 — found in a note</source>
        <translation>%1 — in einer Notiz gefunden</translation>
    </message>
    <message>
        <source>code person</source>
        <translation>Codeperson</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The search found this client in what was written about them (a contact note, the assessment or a goal), not in the name.</source>
        <translation>Die Suche hat diesen Eintrag in dem gefunden, was über die Person geschrieben wurde (Kontaktnotiz, Assessment oder Ziel), nicht im Namen.</translation>
    </message>
    <message>
        <source>Where to find: %1</source>
        <translation>Wo anzutreffen: %1</translation>
    </message>
    <message>
        <source>Overdue for a contact</source>
        <translation>Kontakt überfällig</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search name, alias, place, notes…</source>
        <extracomment>The current client changed (by click, arrow key or ``select_client``). The worker opened a client: Return or a double click on a hit, Return in the search field.</extracomment>
        <translation>Name, Alias, Ort, Notizen suchen …</translation>
    </message>
    <message>
        <source>Down: go to the hits. Return: open the first hit.</source>
        <translation>Pfeil runter: zu den Treffern. Eingabetaste: ersten Treffer öffnen.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Closed/archived</source>
        <translation>Abgeschlossen/archiviert</translation>
    </message>
    <message>
        <source>Also list closed and archived clients</source>
        <translation>Auch abgeschlossene und archivierte Klient/innen zeigen</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>choose a reason</source>
        <translation>Grund wählen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>what happened (required for &quot;other&quot;)</source>
        <translation>was geschehen ist (bei „Sonstiges“ nötig)</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Abgeschlossen &amp;am:</translation>
    </message>
    <message>
        <source>&amp;After-care call as a task</source>
        <translation>&amp;Telefonische Nachsorge als Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Call on:</source>
        <translation>Anruf a&amp;m:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Fall abschließen</translation>
    </message>
    <message>
        <source>After-care call</source>
        <translation>Nachsorge-Anruf</translation>
    </message>
    <message>
        <source>Close the case?</source>
        <translation>Fall abschließen?</translation>
    </message>
    <message>
        <source>Close this case? The client leaves the active caseload; a new episode can be opened later.</source>
        <translation>Diesen Fall abschließen? Die KlientIn verlässt die aktive Fallliste; später kann eine neue Episode eröffnet werden.</translation>
    </message>
</context>
<context>
    <name>CodePersonDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. KM71m: initials, birth year, sex</source>
        <translation>z. B. KM71m: Initialen, Geburtsjahr, Geschlecht</translation>
    </message>
    <message>
        <source>&amp;Street name:</source>
        <translation>&amp;Straßenname:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation>Geburts&amp;jahr:</translation>
    </message>
    <message>
        <source>&amp;Where to find:</source>
        <translation>&amp;Wo anzutreffen:</translation>
    </message>
    <message>
        <source>Code person</source>
        <translation>Codeperson</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Make a c&amp;lient…</source>
        <translation>Zur Klient/in &amp;machen …</translation>
    </message>
    <message>
        <source>They gave their name, or a case begins: the same record becomes a client, every contact stays theirs</source>
        <translation>Der Name ist bekannt oder ein Fall beginnt: derselbe Datensatz wird Klient/in, jeder Kontakt bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation>Assessments vergleichen</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation>&amp;Früher:</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>&amp;Später:</translation>
    </message>
    <message>
        <source>Life domain / field</source>
        <translation>Lebensbereich / Feld</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n life domain(s) changed.</source>
        <translation>
            <numerusform>%n Lebensbereich geändert.</numerusform>
            <numerusform>%n Lebensbereiche geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed between these two assessments.</source>
        <translation>Zwischen diesen beiden Assessments hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Version %1 compared with version %2</source>
        <translation>Version %1 im Vergleich mit Version %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Also changed: %1</source>
        <translation>Außerdem geändert: %1</translation>
    </message>
    <message>
        <source>The plan&apos;s other parts are unchanged.</source>
        <translation>Die übrigen Teile des Hilfeplans sind unverändert.</translation>
    </message>
    <message>
        <source>No goal changed. </source>
        <translation>Kein Ziel geändert. </translation>
    </message>
    <message>
        <source>wording</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>realistic note</source>
        <translation>Realismus</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>place in the plan</source>
        <translation>Stelle im Hilfeplan</translation>
    </message>
    <message>
        <source>client&apos;s own activities</source>
        <translation>eigene Aktivitäten</translation>
    </message>
    <message>
        <source>network support</source>
        <translation>Unterstützung durch das Netzwerk</translation>
    </message>
    <message>
        <source>contact dates</source>
        <translation>Kontakttermine</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <source>attainment scale</source>
        <translation>Zielerreichungsskala</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Abgeschlossen am:</translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation>Assessment abschließen</translation>
    </message>
    <message>
        <source>A completed assessment cannot be changed any more; a re-assessment starts a new one.</source>
        <translation>Ein abgeschlossenes Assessment lässt sich nicht mehr ändern; eine erneute Einschätzung beginnt ein neues.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Mein Wert</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Wert der anderen Seite</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>Jetzt gültig</translation>
    </message>
    <message>
        <source>Write the merged text here</source>
        <translation>Zusammengeführten Text hier eingeben</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <source>Save merged te&amp;xt</source>
        <translation>Zusammengeführten Te&amp;xt speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>einer Kollegin / einem Kollegen</translation>
    </message>
    <message>
        <source>Mine: %1 on this laptop. Theirs: %2 by %3.</source>
        <translation>Meiner: %1 auf diesem Laptop. Deren: %2 von %3.</translation>
    </message>
    <message>
        <source>No conflicts. Everything merged cleanly.</source>
        <translation>Keine Konflikte. Alles wurde sauber zusammengeführt.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>meiner</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>der andere</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Gegeben am:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Einwilligung in die Datenverarbeitung</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>&lt;b&gt;Consent to data processing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einwilligung in die Datenverarbeitung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Releases of confidentiality&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schweigepflichtentbindungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helfende Stelle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Schweigepflichtentbindungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disclosures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Weitergaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>An wen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>Ei&amp;nwilligung erfassen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>New re&amp;lease…</source>
        <translation>Neue &amp;Entbindung…</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Entbindung &amp;zurücknehmen…</translation>
    </message>
    <message>
        <source>Record &amp;disclosure…</source>
        <translation>Weiter&amp;gabe erfassen…</translation>
    </message>
    <message>
        <source>Consent and releases</source>
        <translation>Einwilligung und Entbindungen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>%1 (no longer valid)</source>
        <translation>%1 (nicht mehr gültig)</translation>
    </message>
</context>
<context>
    <name>ConsentVocabulary</name>
    <message>
        <source>Identity and contact details</source>
        <translation>Identität und Kontaktdaten</translation>
    </message>
    <message>
        <source>Case status and appointments</source>
        <translation>Stand der Hilfe und Termine</translation>
    </message>
    <message>
        <source>Assessment findings</source>
        <translation>Ergebnisse des Assessments</translation>
    </message>
    <message>
        <source>Service plan and goals</source>
        <translation>Hilfeplan und Ziele</translation>
    </message>
    <message>
        <source>Health and treatment</source>
        <translation>Gesundheit und Behandlung</translation>
    </message>
    <message>
        <source>Documents and reports</source>
        <translation>Unterlagen und Berichte</translation>
    </message>
    <message>
        <source>no scope recorded</source>
        <translation>kein Umfang erfasst</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>&amp;Beteiligte:</translation>
    </message>
    <message>
        <source>separated by commas, e.g. client, mother</source>
        <translation>durch Kommas getrennt, z. B. Klient/in, Mutter</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Themen / Lebensbereiche:</translation>
    </message>
    <message>
        <source>separated by commas, e.g. housing, debts</source>
        <translation>durch Kommas getrennt, z. B. Wohnen, Schulden</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;condition:</source>
        <translation>&amp;Verfassung der KlientIn:</translation>
    </message>
    <message>
        <source>&amp;Stage of change:</source>
        <translation>Veränderungsbe&amp;reitschaft:</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht eingeschätzt</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Correct contact</source>
        <extracomment>The client whose contact was corrected. The contact is on screen and may be edited (when it cannot be loaded, the dialog says so and closes).</extracomment>
        <translation>Kontakt korrigieren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Contact cannot be corrected</source>
        <translation>Kontakt kann nicht korrigiert werden</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>When</source>
        <extracomment>Record what was shared with a helper in this contact (the consent page&apos;s disclosure dialog).</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Select a contact to read its full note.</source>
        <translation>Einen Kontakt auswählen, um die ganze Notiz zu lesen.</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Alle Kontakte zeigen</translation>
    </message>
    <message>
        <source>Recor&amp;d contact…</source>
        <translation>Kontakt &amp;erfassen …</translation>
    </message>
    <message>
        <source>Corr&amp;ect…</source>
        <translation>Korri&amp;gieren …</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Relapse…</source>
        <translation>Rückfall…</translation>
    </message>
    <message>
        <source>Record a relapse told in the selected contact</source>
        <translation>Einen im gewählten Kontakt berichteten Rückfall erfassen</translation>
    </message>
    <message>
        <source>Shared…</source>
        <translation>Weitergegeben …</translation>
    </message>
    <message>
        <source>Record what was shared with a helper in the selected contact, and under which release</source>
        <translation>Erfassen, was im gewählten Kontakt an Helfende weitergegeben wurde und unter welcher Schweigepflichtentbindung</translation>
    </message>
    <message>
        <source>Timeli&amp;ne</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Contact&amp;s</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>Contact not changed</source>
        <translation>Kontakt nicht geändert</translation>
    </message>
    <message>
        <source>Correct the selected contact (Return)</source>
        <translation>Den gewählten Kontakt korrigieren (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>Delete contact?</source>
        <translation>Kontakt löschen?</translation>
    </message>
    <message>
        <source>Delete the contact of %1? It disappears from the timeline, the protocol and the statistics on every copy. You can undo this right after.</source>
        <translation>Den Kontakt vom %1 löschen? Er verschwindet auf allen Kopien aus dem Verlauf, dem Protokoll und der Statistik. Direkt danach können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Contact of %1 deleted.</source>
        <translation>Kontakt vom %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Click Finish to create your encrypted desk.</source>
        <translation>Auf „Abschließen“ klicken, um Ihren verschlüsselten Arbeitsplatz anzulegen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Desk file:</source>
        <translation>Arbeitsplatz-Datei:</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Team numbers for relapse cards</source>
        <translation>Team-Nummern für Rückfallkarten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Team numbers</source>
        <translation>Team-Nummern</translation>
    </message>
    <message>
        <source>New cards for a country without team numbers get that country&apos;s standard numbers (emergency, crisis and addiction lines). The team&apos;s numbers for a country replace them.</source>
        <translation>Neue Karten für ein Land ohne Team-Nummern erhalten die Standardnummern dieses Landes (Notruf, Krisen- und Suchttelefon). Die Team-Nummern eines Landes ersetzen sie.</translation>
    </message>
    <message>
        <source>e.g. Crisis line (24 h)</source>
        <translation>z. B. Krisentelefon (24 h)</translation>
    </message>
    <message>
        <source>e.g. 0800 111 0 111</source>
        <translation>z. B. 0800 111 0 111</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Save number</source>
        <translation>Nummer &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as DE or DK.</source>
        <translation>Verwenden Sie einen zweibuchstabigen Ländercode wie DE oder DK.</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the team&apos;s numbers? Cards already saved keep it.</source>
        <translation>„%1“ (%2) aus den Team-Nummern entfernen? Bereits gespeicherte Karten behalten sie.</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Nummer entfernen</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database settings — %1</source>
        <translation>Datenbank-Einstellungen — %1</translation>
    </message>
</context>
<context>
    <name>DependenceDialog</name>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substanz:</translation>
    </message>
    <message>
        <source>e.g. alcohol, opioids, cannabis</source>
        <translation>z. B. Alkohol, Opioide, Cannabis</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Dependence criteria (last 12 months)</source>
        <translation>Abhängigkeitskriterien (letzte 12 Monate)</translation>
    </message>
</context>
<context>
    <name>DeputyWorkDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Während Ihrer Abwesenheit</translation>
    </message>
    <message>
        <source>What your deputies recorded for your clients during their period, for periods that ended in the last 30 days. Sync first to see everything they did.</source>
        <translation>Was Ihre Vertretungen in ihrem Zeitraum für Ihre Klient/innen erfasst haben, für Zeiträume, die in den letzten 30 Tagen endeten. Synchronisieren Sie zuerst, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Client / when</source>
        <translation>Klient/in / wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>No deputy&apos;s period for your clients ended in the last 30 days.</source>
        <translation>In den letzten 30 Tagen endete keine Vertretung für Ihre Klient/innen.</translation>
    </message>
    <message>
        <source>%1, deputy %2</source>
        <translation>%1, Vertretung: %2</translation>
    </message>
    <message>
        <source>Referred: %1</source>
        <translation>Vermittelt: %1</translation>
    </message>
    <message>
        <source>No contact or referral recorded.</source>
        <translation>Kein Kontakt und keine Vermittlung erfasst.</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What a colleague may look for: clothes, a dog, how they like to be addressed</source>
        <translation>Woran Kolleg:innen die Person erkennen: Kleidung, ein Hund, wie sie angesprochen werden möchte</translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Zugestimmt am:</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>nicht zugestimmt</translation>
    </message>
    <message>
        <source>Description the client agreed to</source>
        <translation>Beschreibung mit Zustimmung der Person</translation>
    </message>
    <message>
        <source>No photo. Only what the client agreed to be described by; the outreach round prints it. Empty clears it.</source>
        <translation>Kein Foto. Nur das, womit die Person einverstanden ist, beschrieben zu werden; die aufsuchende Runde druckt es. Leer löscht es.</translation>
    </message>
</context>
<context>
    <name>DeskOp</name>
    <message>
        <source>Cancel</source>
        <extracomment>``(ChangeSet, initiator)`` after every operation or sync that wrote something; the initiator is the widget that ran the operation (None for a sync), so it can skip its own.</extracomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DeskSecurity</name>
    <message>
        <source>CaseDesk backups (*%1);;All files (*)</source>
        <translation>CaseDesk-Sicherungen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Encrypting every page under the new passphrase…</source>
        <translation>Jede Seite wird mit der neuen Passphrase verschlüsselt…</translation>
    </message>
    <message>
        <source>Writing the desk…</source>
        <translation>Der Arbeitsplatz wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Die Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation>Die Sicherung wird kopiert…</translation>
    </message>
    <message>
        <source>Checking every page…</source>
        <translation>Jede Seite wird geprüft…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bitte warten…</translation>
    </message>
    <message>
        <source>There is no backup file at this place.</source>
        <translation>An dieser Stelle gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>This is a folder. Choose a file.</source>
        <translation>Das ist ein Ordner. Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>This file is not a CaseDesk backup.</source>
        <translation>Diese Datei ist keine CaseDesk-Sicherung.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup (if you are sure it is right, the start of the file is damaged). Nothing was changed.</source>
        <translation>Die Passphrase öffnet diese Sicherung nicht (wenn Sie sicher sind, dass sie stimmt, ist der Anfang der Datei beschädigt). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This backup is damaged (%1). Nothing was restored; choose another backup.</source>
        <translation>Diese Sicherung ist beschädigt (%1). Nichts wurde wiederhergestellt; wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>This backup was made by a newer CaseDesk. Please update CaseDesk first.</source>
        <translation>Diese Sicherung stammt aus einem neueren CaseDesk. Bitte aktualisieren Sie zuerst CaseDesk.</translation>
    </message>
    <message>
        <source>A file of this name exists already.</source>
        <translation>Eine Datei mit diesem Namen gibt es schon.</translation>
    </message>
    <message>
        <source>A file of this name exists and is no CaseDesk desk or backup. It is never replaced; choose another name.</source>
        <translation>Eine Datei mit diesem Namen gibt es schon, und sie ist weder Arbeitsplatz noch Sicherung von CaseDesk. Sie wird nie ersetzt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This is the desk file itself or one of its side files. Choose another file.</source>
        <translation>Das ist die Arbeitsplatz-Datei selbst oder eine ihrer Begleitdateien. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>This desk is open in another CaseDesk. Close it there first.</source>
        <translation>Dieser Arbeitsplatz ist in einem anderen CaseDesk geöffnet. Schließen Sie ihn dort zuerst.</translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation>Diese Datei kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>A sync is running. Try again when it has finished.</source>
        <translation>Eine Synchronisation läuft. Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>A backup is being written. Try again when it is done.</source>
        <translation>Eine Sicherung wird gerade geschrieben. Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>The integrity check did not stop in time. Try again in a moment.</source>
        <translation>Die Integritätsprüfung hat nicht rechtzeitig angehalten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The passphrase is being changed. Try again when it is done.</source>
        <translation>Die Passphrase wird gerade geändert. Versuchen Sie es erneut, wenn das fertig ist.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Abgebrochen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>This is not the desk&apos;s passphrase.</source>
        <translation>Das ist nicht die Passphrase des Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>no release (say why below)</source>
        <translation>keine Entbindung (unten begründen)</translation>
    </message>
    <message>
        <source>&amp;Under release:</source>
        <translation>&amp;Unter Entbindung:</translation>
    </message>
    <message>
        <source>Shared &amp;with:</source>
        <translation>Weitergegeben &amp;an:</translation>
    </message>
    <message>
        <source>the release&apos;s helper, unless someone else</source>
        <translation>die Stelle der Entbindung, sonst wer</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>What was &amp;shared:</source>
        <translation>&amp;Was wurde weitergegeben:</translation>
    </message>
    <message>
        <source>Shared &amp;beyond the release or without one (legal duty, emergency)</source>
        <translation>&amp;Über die Entbindung hinaus oder ohne sie weitergegeben (gesetzliche Pflicht, Notfall)</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Weitergabe erfassen</translation>
    </message>
    <message>
        <source>Scope of the release</source>
        <translation>Umfang der Entbindung</translation>
    </message>
    <message>
        <source>Life &amp;domains shared:</source>
        <translation>Weitergegebene &amp;Lebensbereiche:</translation>
    </message>
    <message>
        <source>&amp;Kinds of information shared:</source>
        <translation>Art der weitergegebenen &amp;Informationen:</translation>
    </message>
    <message>
        <source>No release chosen: only with a legal duty or in an emergency, and say so below.</source>
        <translation>Keine Entbindung gewählt: nur bei gesetzlicher Pflicht oder im Notfall, und unten bestätigen.</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>The release for %1 (until %2) covers: %3</source>
        <translation>Die Entbindung für %1 (bis %2) umfasst: %3</translation>
    </message>
    <message>
        <source>Tick what was shared: a life domain or a kind of information.</source>
        <translation>Kreuzen Sie an, was weitergegeben wurde: einen Lebensbereich oder eine Art von Information.</translation>
    </message>
    <message>
        <source>What is ticked goes beyond the release. Untick it, or confirm below why it was shared.</source>
        <translation>Das Angekreuzte geht über die Entbindung hinaus. Nehmen Sie das Kreuz weg oder bestätigen Sie unten, warum es weitergegeben wurde.</translation>
    </message>
    <message>
        <source>Choose the release, or confirm below why it was shared without one.</source>
        <translation>Wählen Sie die Entbindung oder bestätigen Sie unten, warum ohne sie weitergegeben wurde.</translation>
    </message>
    <message>
        <source>The release is for another helper. Choose theirs, or confirm below.</source>
        <translation>Die Entbindung gilt für eine andere Stelle. Wählen Sie deren Entbindung oder bestätigen Sie unten.</translation>
    </message>
    <message>
        <source>The release is not valid on that day.</source>
        <translation>Die Entbindung gilt an diesem Tag nicht.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>How long ``lp`` may take to hand the job to the spooler (it returns once the job is queued).</extracomment>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>This file is not a PDF document and is never replaced. Choose another name.</source>
        <translation>Diese Datei ist kein PDF-Dokument und wird nie ersetzt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DomainDialog</name>
    <message>
        <source>The &amp;client&apos;s view:</source>
        <translation>Sicht der &amp;Klientin/des Klienten:</translation>
    </message>
    <message>
        <source>In the client&apos;s own words</source>
        <translation>In den eigenen Worten der Klientin/des Klienten</translation>
    </message>
    <message>
        <source>&amp;Professional view:</source>
        <translation>&amp;Fachliche Sicht:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Einschätzung:</translation>
    </message>
    <message>
        <source>Resources, pers&amp;onal:</source>
        <translation>Ressourcen, pers&amp;önlich:</translation>
    </message>
    <message>
        <source>abilities, knowledge, motivation</source>
        <translation>Fähigkeiten, Wissen, Motivation</translation>
    </message>
    <message>
        <source>Resources, pri&amp;vate life-world:</source>
        <translation>Ressourcen, pri&amp;vate Lebenswelt:</translation>
    </message>
    <message>
        <source>family, friends, neighbours</source>
        <translation>Familie, Freunde, Nachbarn</translation>
    </message>
    <message>
        <source>Resources, co&amp;mmunity:</source>
        <translation>Ressourcen, &amp;Gemeinwesen:</translation>
    </message>
    <message>
        <source>services, clubs, places in the neighbourhood</source>
        <translation>Dienste, Vereine, Orte im Stadtteil</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>Pro&amp;bleme:</translation>
    </message>
    <message>
        <source>Client&apos;s pr&amp;iority:</source>
        <translation>Pr&amp;iorität der Klientin/des Klienten:</translation>
    </message>
</context>
<context>
    <name>DomainNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rename life domain</source>
        <translation>Lebensbereich umbenennen</translation>
    </message>
    <message>
        <source>New life domain</source>
        <translation>Neuer Lebensbereich</translation>
    </message>
    <message>
        <source>Leave the name empty to use the method&apos;s own word again.</source>
        <translation>Lassen Sie den Namen leer, um wieder das Wort der Methode zu verwenden.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message numerus="yes">
        <source>%n more not shown.</source>
        <translation>
            <numerusform>%n weitere nicht gezeigt.</numerusform>
            <numerusform>%n weitere nicht gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same name</source>
        <extracomment>Typing pauses this long before the new-client dialog checks again.</extracomment>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <source>sounds alike</source>
        <translation>klingt gleich</translation>
    </message>
    <message>
        <source>same alias</source>
        <translation>gleicher Alias</translation>
    </message>
    <message>
        <source>similar alias</source>
        <translation>ähnlicher Alias</translation>
    </message>
    <message>
        <source>alias like the other&apos;s name</source>
        <translation>Alias wie der Name der anderen Person</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>gleiches Geburtsjahr</translation>
    </message>
    <message>
        <source>birth year a year apart</source>
        <translation>Geburtsjahr ein Jahr daneben</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <extracomment>The record being made a client (a code person): not its own duplicate. The draft the shown list belongs to (None while a check is pending).</extracomment>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Open &amp;this client instead</source>
        <translation>Stattdessen diese Person ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close this form without saving and open the client chosen above</source>
        <translation>Dieses Formular ohne Speichern schließen und die oben gewählte Person öffnen</translation>
    </message>
    <message>
        <source>Possible duplicate&amp;s: this person may already be on the desk.</source>
        <translation>Mögliche D&amp;ubletten: Diese Person ist vielleicht schon auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Vielleicht dieselbe Person wie</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Ähnlich</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Pairs of clients</source>
        <translation>Paare von Klient/innen</translation>
    </message>
    <message>
        <source>Nothing here is changed by itself. Open both to compare them; a pair that are two people leaves the list with “Not the same person”.</source>
        <translation>Hier ändert sich nichts von selbst. Öffnen Sie beide, um sie zu vergleichen; ein Paar aus zwei Menschen verlässt die Liste mit „Nicht dieselbe Person“.</translation>
    </message>
    <message>
        <source>Open &amp;first</source>
        <translation>&amp;Erste öffnen</translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation>&amp;Zweite öffnen</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Zusammen&amp;führen …</translation>
    </message>
    <message>
        <source>Make the two records one: choose which stays and which values</source>
        <translation>Aus zwei Datensätzen einen machen: wählen, welcher bleibt und welche Angaben</translation>
    </message>
    <message>
        <source>Show &amp;all again</source>
        <translation>&amp;Alle wieder zeigen</translation>
    </message>
    <message>
        <source>Bring back the pairs marked as not the same person</source>
        <translation>Die als „nicht dieselbe Person“ markierten Paare wieder zeigen</translation>
    </message>
    <message>
        <source>Comparing the clients…</source>
        <translation>Klient/innen werden verglichen …</translation>
    </message>
    <message>
        <source>No two clients on this desk look like the same person.</source>
        <translation>Auf diesem Arbeitsplatz sehen keine zwei Klient/innen nach derselben Person aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of clients may be the same person; the most alike are shown.</source>
        <translation>
            <numerusform>%n Paar von Klient/innen ist vielleicht dieselbe Person; die ähnlichsten werden gezeigt.</numerusform>
            <numerusform>%n Paare von Klient/innen sind vielleicht dieselbe Person; die ähnlichsten werden gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of clients may be the same person.</source>
        <translation>
            <numerusform>%n Paar von Klient/innen ist vielleicht dieselbe Person.</numerusform>
            <numerusform>%n Paare von Klient/innen sind vielleicht dieselbe Person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) marked as not the same person are left out.</source>
        <translation>
            <numerusform>%n als „nicht dieselbe Person“ markiertes Paar ist ausgelassen.</numerusform>
            <numerusform>%n als „nicht dieselbe Person“ markierte Paare sind ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ecomap</name>
    <message>
        <source>Family</source>
        <extracomment>The place is stored this long after the last arrow key, not once per key (auto-repeat). Screen text never shrinks below this (pixels) when the map is fitted into a small view. A PNG has this many pixels per scene unit: about 2000 px across for a full map. Zoom relative to the whole map fitted into the view: from the whole map to this many times it. One Ctrl+Plus or button press; one notch of the wheel zooms by ``WHEEL_ZOOM_STEP``. A tie is hit by a click this far (scene units) beside its ink, at the least.</extracomment>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szene</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutionen</translation>
    </message>
    <message>
        <source>informal</source>
        <translation>informell</translation>
    </message>
    <message>
        <source>formal (professional)</source>
        <translation>formell (professionell)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>supportive</source>
        <translation>unterstützend</translation>
    </message>
    <message>
        <source>ambivalent</source>
        <translation>ambivalent</translation>
    </message>
    <message>
        <source>stressful</source>
        <translation>belastend</translation>
    </message>
    <message>
        <source>broken off</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>to the client</source>
        <translation>zur KlientIn</translation>
    </message>
    <message>
        <source>from the client</source>
        <translation>von der KlientIn</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>gegenseitig</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>rarely</source>
        <translation>selten</translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>strong tie</source>
        <translation>starke Beziehung</translation>
    </message>
    <message>
        <source>medium tie</source>
        <translation>mittlere Beziehung</translation>
    </message>
    <message>
        <source>weak tie</source>
        <translation>schwache Beziehung</translation>
    </message>
    <message>
        <source>support to the client</source>
        <translation>Unterstützung zur KlientIn</translation>
    </message>
    <message>
        <source>support both ways</source>
        <translation>Unterstützung gegenseitig</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Double circle: formal help</source>
        <translation>Doppelter Kreis: formelle Hilfe</translation>
    </message>
    <message>
        <source>Circle size: importance</source>
        <translation>Kreisgröße: Wichtigkeit</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Minus, Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Minus, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Plus, Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Plus, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Die ganze Karte zeigen (Strg+0)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Not saved</source>
        <extracomment>How the window that opened this dialog reopens it after the lock (&quot;&quot; when it cannot); ``client_id`` is the client it is about.</extracomment>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You changed this form. Close it and lose what you typed?</source>
        <translation>Sie haben dieses Formular geändert. Schließen und das Eingegebene verwerfen?</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase client (GDPR)</source>
        <translation>Klient/in löschen (DSGVO)</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Everything recorded about this client is deleted: personal data, contacts and notes, tasks, plans and relapse cards.&lt;/li&gt;&lt;li&gt;It is deleted on this laptop now, and on the office&apos;s central store and every colleague&apos;s laptop at their next sync.&lt;/li&gt;&lt;li&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; Only an anonymous number remains.&lt;/li&gt;&lt;/ul&gt;If the client asked for a copy of their data, print the handover summary, the service plan and the counselling protocols from the Print menu first.</source>
        <translation>&lt;ul&gt;&lt;li&gt;Alles, was über diese Klient/in erfasst ist, wird gelöscht: persönliche Daten, Kontakte und Notizen, Aufgaben, Pläne und Rückfallkarten.&lt;/li&gt;&lt;li&gt;Es wird jetzt auf diesem Laptop gelöscht, und im zentralen Speicher des Büros sowie auf den Laptops aller Kolleg/innen bei deren nächster Synchronisation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Das kann nicht rückgängig gemacht werden.&lt;/b&gt; Nur eine anonyme Nummer bleibt.&lt;/li&gt;&lt;/ul&gt;Hat die Klient/in eine Kopie ihrer Daten verlangt, drucken Sie vorher die Übergabezusammenfassung, den Hilfeplan und die Beratungsprotokolle über das Menü „Drucken“.</translation>
    </message>
    <message>
        <source>To confirm, type the client&apos;s name as shown: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zur Bestätigung den Namen wie angezeigt eingeben: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The name does not match yet. Type it as shown above to erase, or press Escape to cancel.</source>
        <translation>Der Name stimmt noch nicht überein. Geben Sie ihn wie oben angezeigt ein, um zu löschen, oder drücken Sie Esc zum Abbrechen.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Enter a name or an alias.</source>
        <translation>Geben Sie einen Namen oder einen Alias ein.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>Dieses Datum liegt zu weit in der Vergangenheit.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>Dieser Wert liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Die Passphrase braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>This contains a character that cannot be saved.</source>
        <translation>Dies enthält ein Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>This is too long to be saved.</source>
        <translation>Dies ist zu lang, um gespeichert zu werden.</translation>
    </message>
    <message>
        <source>Enter whole minutes.</source>
        <translation>Geben Sie ganze Minuten ein.</translation>
    </message>
    <message>
        <source>Enter a local date and time.</source>
        <translation>Geben Sie ein Datum und eine Uhrzeit in Ortszeit ein.</translation>
    </message>
    <message>
        <source>This has the form of a raw key (x&apos;…&apos;). Choose another passphrase.</source>
        <translation>Dies hat die Form eines Rohschlüssels (x&apos;…&apos;). Wählen Sie eine andere Passphrase.</translation>
    </message>
    <message>
        <source>The expiry date lies before the date it was granted.</source>
        <translation>Das Ablaufdatum liegt vor dem Erteilungsdatum.</translation>
    </message>
    <message>
        <source>This value is not known.</source>
        <translation>Dieser Wert ist unbekannt.</translation>
    </message>
    <message>
        <source>This date lies before the start.</source>
        <translation>Dieses Datum liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>This field cannot be taken over from the other record.</source>
        <translation>Dieses Feld kann nicht aus dem anderen Datensatz übernommen werden.</translation>
    </message>
    <message>
        <source>This date lies before the episode opened.</source>
        <translation>Dieses Datum liegt vor dem Beginn der Episode.</translation>
    </message>
    <message>
        <source>This date lies before the case was closed.</source>
        <translation>Dieses Datum liegt vor dem Abschluss des Falls.</translation>
    </message>
    <message>
        <source>This date lies before the referral.</source>
        <translation>Dieses Datum liegt vor der Vermittlung.</translation>
    </message>
    <message>
        <source>This date lies before the change it follows.</source>
        <translation>Dieses Datum liegt vor der Änderung, auf die es folgt.</translation>
    </message>
    <message>
        <source>This date lies before the referral&apos;s last change.</source>
        <translation>Dieses Datum liegt vor der letzten Änderung der Vermittlung.</translation>
    </message>
    <message>
        <source>A case is closed with Close case…, which asks for the reason.</source>
        <translation>Ein Fall wird mit „Fall abschließen…“ beendet; dort wird nach dem Grund gefragt.</translation>
    </message>
    <message>
        <source>The client has no open case episode. Reopen the case first.</source>
        <translation>Die KlientIn hat keine offene Fallepisode. Nehmen Sie den Fall zuerst wieder auf.</translation>
    </message>
    <message>
        <source>The case is still open.</source>
        <translation>Der Fall ist noch offen.</translation>
    </message>
    <message>
        <source>The referral cannot move to this state from where it is.</source>
        <translation>Die Vermittlung kann von ihrem jetzigen Stand nicht in diesen Stand wechseln.</translation>
    </message>
    <message>
        <source>Choose a helper from the directory or name a person.</source>
        <translation>Wählen Sie eine Hilfe aus dem Verzeichnis oder nennen Sie eine Person.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>Das gibt es schon.</translation>
    </message>
    <message>
        <source>Only the latest version can be changed. Open the latest version.</source>
        <translation>Nur die neueste Fassung kann geändert werden. Öffnen Sie die neueste Fassung.</translation>
    </message>
    <message>
        <source>A plan has one macro goal; add this as a meso goal under it.</source>
        <translation>Ein Hilfeplan hat ein Leitziel; legen Sie dies als Handlungsziel darunter an.</translation>
    </message>
    <message>
        <source>The macro goal stands at the top of the plan.</source>
        <translation>Das Leitziel steht oben im Hilfeplan.</translation>
    </message>
    <message>
        <source>A meso goal stands under the macro goal or at the top.</source>
        <translation>Ein Handlungsziel steht unter dem Leitziel oder oben.</translation>
    </message>
    <message>
        <source>A step stands under a meso goal.</source>
        <translation>Ein Schritt steht unter einem Handlungsziel.</translation>
    </message>
    <message>
        <source>These belong to different case episodes.</source>
        <translation>Diese gehören zu verschiedenen Fallepisoden.</translation>
    </message>
    <message>
        <source>These belong to different clients.</source>
        <translation>Diese gehören zu verschiedenen KlientInnen.</translation>
    </message>
    <message>
        <source>There are too many entries here.</source>
        <translation>Hier stehen zu viele Einträge.</translation>
    </message>
    <message>
        <source>A tie needs two different persons.</source>
        <translation>Eine Beziehung braucht zwei verschiedene Personen.</translation>
    </message>
    <message>
        <source>This is the passphrase the desk has now. Choose a new one.</source>
        <translation>Das ist die Passphrase, die der Arbeitsplatz jetzt hat. Wählen Sie eine neue.</translation>
    </message>
    <message>
        <source>This date lies before the consent was given.</source>
        <translation>Dieses Datum liegt vor der Einwilligung.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation>Diese Einwilligung wurde schon widerrufen.</translation>
    </message>
    <message>
        <source>Only team leads and admins change this.</source>
        <translation>Nur Teamleitungen und Admins ändern das.</translation>
    </message>
    <message>
        <source>This goes beyond what the release of confidentiality covers.</source>
        <translation>Das geht über die Schweigepflichtentbindung hinaus.</translation>
    </message>
    <message>
        <source>This release of confidentiality is for another helper.</source>
        <translation>Diese Schweigepflichtentbindung gilt für eine andere Stelle.</translation>
    </message>
    <message>
        <source>This release of confidentiality is not valid on that day.</source>
        <translation>Diese Schweigepflichtentbindung gilt an diesem Tag nicht.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Dieser Wert kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helfende Stelle</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Motivational stage</source>
        <translation>Motivationsstufe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Aufenthaltsort</translation>
    </message>
    <message>
        <source>Emergency notes</source>
        <translation>Notfallhinweise</translation>
    </message>
    <message>
        <source>Case episode</source>
        <translation>Fallepisode</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>After-care call</source>
        <translation>Nachsorge-Anruf</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Ausgewertet am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Hilfeplan</translation>
    </message>
    <message>
        <source>Goal level</source>
        <translation>Zielebene</translation>
    </message>
    <message>
        <source>Goal above</source>
        <translation>Übergeordnetes Ziel</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; please try again.</source>
        <translation>Falsche Passphrase. Es wurde nichts verändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is no desk file at this place.</source>
        <translation>An diesem Ort gibt es keine Arbeitsplatz-Datei.</translation>
    </message>
    <message>
        <source>A desk file already exists at this place.</source>
        <translation>An diesem Ort gibt es bereits eine Arbeitsplatz-Datei.</translation>
    </message>
    <message>
        <source>This file is not a CaseDesk desk.</source>
        <translation>Diese Datei ist kein CaseDesk-Arbeitsplatz.</translation>
    </message>
    <message>
        <source>The desk file is damaged and cannot be opened. Restore it from a backup or sync it again from the office.</source>
        <translation>Die Arbeitsplatz-Datei ist beschädigt und kann nicht geöffnet werden. Stellen Sie sie aus einer Sicherung wieder her oder synchronisieren Sie sie neu aus dem Büro.</translation>
    </message>
    <message>
        <source>This desk was written by a newer version of CaseDesk. Please update CaseDesk.</source>
        <translation>Dieser Arbeitsplatz wurde von einer neueren CaseDesk-Version geschrieben. Bitte aktualisieren Sie CaseDesk.</translation>
    </message>
    <message>
        <source>A folder stands where the desk file should be. Move the folder away, then start CaseDesk again.</source>
        <translation>Wo die Arbeitsplatz-Datei liegen sollte, steht ein Ordner. Verschieben Sie den Ordner und starten Sie CaseDesk erneut.</translation>
    </message>
    <message>
        <source>The desk file or its folder cannot be written (read-only). Nothing was changed. Check the file&apos;s permissions or the drive.</source>
        <translation>Die Arbeitsplatz-Datei oder ihr Ordner kann nicht beschrieben werden (schreibgeschützt). Es wurde nichts verändert. Prüfen Sie die Dateirechte oder das Laufwerk.</translation>
    </message>
    <message>
        <source>The disk is full. Free at least %1 MB and try again; nothing saved was lost.</source>
        <translation>Der Datenträger ist voll. Geben Sie mindestens %1 MB frei und versuchen Sie es erneut; nichts Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; nichts Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <source>The desk is in use by another CaseDesk. Close it there, then try again.</source>
        <translation>Der Arbeitsplatz wird von einem anderen CaseDesk verwendet. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The desk cannot be opened.</source>
        <translation>Der Arbeitsplatz kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Your desk is open and whole. A leftover write-ahead log that did not belong to it was set aside as %1; nothing of your desk was lost.</source>
        <translation>Ihr Arbeitsplatz ist geöffnet und unversehrt. Ein übrig gebliebenes Schreibprotokoll, das nicht zu ihm gehörte, wurde als %1 beiseitegelegt; nichts aus Ihrem Arbeitsplatz ging verloren.</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been removed by a sync.</source>
        <translation>Dieser Eintrag existiert nicht mehr. Er wurde womöglich durch eine Synchronisation entfernt.</translation>
    </message>
    <message>
        <source>Only a team lead or an administrator can change the team&apos;s settings.</source>
        <translation>Nur eine Teamleitung oder eine Administratorin kann die Einstellungen des Teams ändern.</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Your saved data is safe. If this happens again, please tell your administrator.</source>
        <translation>Etwas ist schiefgegangen, die letzte Aktion wurde nicht abgeschlossen. Ihre gespeicherten Daten sind sicher. Wenn das wieder passiert, wenden Sie sich bitte an Ihre Administration.</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>−2 much less than expected</source>
        <extracomment>The &quot;not scored&quot; choice: a combo box cannot hold None as its data.</extracomment>
        <translation>−2 viel weniger als erwartet</translation>
    </message>
    <message>
        <source>−1 less than expected</source>
        <translation>−1 weniger als erwartet</translation>
    </message>
    <message>
        <source>0 as expected</source>
        <translation>0 wie erwartet</translation>
    </message>
    <message>
        <source>+1 more than expected</source>
        <translation>+1 mehr als erwartet</translation>
    </message>
    <message>
        <source>+2 much more than expected</source>
        <translation>+2 viel mehr als erwartet</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Evaluated &amp;on:</source>
        <translation>Ausgewertet &amp;am:</translation>
    </message>
    <message>
        <source>Attainment:</source>
        <translation>Zielerreichung:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;view of the help:</source>
        <translation>Die Sicht der &amp;KlientIn auf die Hilfe:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>The plan has no goals to score; the client&apos;s view can still be recorded.</source>
        <translation>Der Hilfeplan hat keine Ziele zum Bewerten; die Sicht der KlientIn kann trotzdem festgehalten werden.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CaseDesk</source>
        <translation>CaseDesk einrichten</translation>
    </message>
    <message>
        <source>Creating your encrypted desk…</source>
        <translation>Ihr verschlüsselter Arbeitsplatz wird angelegt …</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Type a date such as %1, or press Alt+Down for a calendar; leave it empty when it is not known.</source>
        <translation>Ein Datum wie %1 eingeben oder mit Alt+Pfeil nach unten den Kalender öffnen; leer lassen, wenn es nicht bekannt ist.</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Datum wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Enter a date such as %1, or leave it empty.</source>
        <translation>Bitte ein Datum wie %1 eingeben oder das Feld leer lassen.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language takes effect when CaseDesk is restarted.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von CaseDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Cop&amp;y device id</source>
        <translation>Geräte-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Desk file:</source>
        <translation>Arbeitsplatz-Datei:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Fachkraft:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>This laptop&apos;s device id:</source>
        <translation>Geräte-ID dieses Laptops:</translation>
    </message>
    <message>
        <source>If this laptop is lost or stolen, the office revokes it by this id on the central store; it wipes its desk when it next reaches the office.</source>
        <translation>Geht dieser Laptop verloren oder wird er gestohlen, sperrt das Büro ihn mit dieser ID im zentralen Speicher; er löscht seinen Arbeitsplatz, sobald er das Büro das nächste Mal erreicht.</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema-Version:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>What should hold, in the client&apos;s words</source>
        <translation>Was gelten soll, in den Worten der Klientin / des Klienten</translation>
    </message>
    <message>
        <source>Life &amp;domain:</source>
        <translation>&amp;Lebensbereich:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>How we will see that it is reached (measurable)</source>
        <translation>Woran wir sehen, dass es erreicht ist (messbar)</translation>
    </message>
    <message>
        <source>Agreed by the &amp;client</source>
        <translation>Mit der Klientin / dem Klienten &amp;abgestimmt</translation>
    </message>
    <message>
        <source>&amp;Realistic because:</source>
        <translation>&amp;Realistisch, weil:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>Zu&amp;ständig:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;name:</source>
        <translation>Name der &amp;Person:</translation>
    </message>
    <message>
        <source>when a network person carries it</source>
        <translation>wenn eine Person aus dem Netzwerk es übernimmt</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>&amp;Attainment:</source>
        <translation>Ziel&amp;erreichung:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>−2 (muc&amp;h worse):</source>
        <translation>−2 (viel schle&amp;chter als erwartet):</translation>
    </message>
    <message>
        <source>−1 (somewhat wors&amp;e):</source>
        <translation>−1 (etwas sc&amp;hlechter):</translation>
    </message>
    <message>
        <source>0 (e&amp;xpected outcome):</source>
        <translation>0 (er&amp;wartetes Ergebnis):</translation>
    </message>
    <message>
        <source>+1 (somewhat &amp;better):</source>
        <translation>+1 (etwas &amp;mehr erreicht):</translation>
    </message>
    <message>
        <source>+2 (much bet&amp;ter):</source>
        <translation>+2 (&amp;deutlich mehr erreicht):</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it. Status and attainment stay editable.</source>
        <translation>Unterschriebene Hilfepläne sind eingefroren — für Änderungen eine neue Version anlegen. Status und Zielerreichung bleiben bearbeitbar.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Deputy</source>
        <extracomment>A deputy&apos;s period as first offered: two weeks from today.</extracomment>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Hand over client</source>
        <translation>Klient/in übergeben</translation>
    </message>
    <message>
        <source>Choose who deputises for %1 while the case manager is away, and for which days. The deputy&apos;s laptop receives this client at its first sync in the period and lets it go at the first sync after it.</source>
        <translation>Wählen Sie, wer %1 vertritt, während die Fallverantwortung abwesend ist, und an welchen Tagen. Der Laptop der Vertretung erhält die Person bei der ersten Synchronisation im Zeitraum und gibt sie bei der ersten danach wieder ab.</translation>
    </message>
    <message>
        <source>Choose the worker who takes over %1 for good. Unless you deputise for this client, the client disappears from this laptop at the next sync.</source>
        <translation>Wählen Sie, wer %1 dauerhaft übernimmt. Wenn Sie nicht die Vertretung sind, verschwindet die Klient/in bei der nächsten Synchronisation von diesem Laptop.</translation>
    </message>
    <message>
        <source>Loading workers…</source>
        <translation>Mitarbeitende werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>&amp;Vertretung:</translation>
    </message>
    <message>
        <source>&amp;New case manager:</source>
        <translation>&amp;Neue Fallverantwortung:</translation>
    </message>
    <message>
        <source>Until further &amp;notice</source>
        <translation>Bis auf &amp;Weiteres</translation>
    </message>
    <message>
        <source>What the new case manager needs to know: agreements, risks, next steps. Printed on the handover summary.</source>
        <translation>Was die neue Fallverantwortung wissen muss: Absprachen, Risiken, nächste Schritte. Steht auf dem Übergabebogen.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Handover n&amp;ote:</source>
        <translation>Übergabeno&amp;tiz:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>Ü&amp;bergeben …</translation>
    </message>
    <message>
        <source>No deputy</source>
        <translation>Keine Vertretung</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Sie)</translation>
    </message>
    <message>
        <source>This desk knows no other worker yet. Colleagues appear here after the first sync with the office.</source>
        <translation>Dieser Arbeitsplatz kennt noch keine anderen Mitarbeitenden. Kolleg/innen erscheinen hier nach der ersten Synchronisation mit dem Büro.</translation>
    </message>
    <message>
        <source>Hand over client?</source>
        <translation>Klient/in übergeben?</translation>
    </message>
    <message>
        <source>Hand %1 over to %2?

%2 becomes the case manager. Unless you deputise for this client, the client disappears from this laptop at the next sync.</source>
        <translation>%1 an %2 übergeben?

%2 übernimmt die Fallverantwortung. Wenn Sie nicht die Vertretung sind, verschwindet die Klient/in bei der nächsten Synchronisation von diesem Laptop.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The case manager cannot be the deputy as well.</source>
        <translation>Die Fallverantwortung kann nicht zugleich die Vertretung sein.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>This worker is no longer known on this desk. Sync and try again.</source>
        <translation>Diese Person ist auf diesem Arbeitsplatz nicht mehr bekannt. Bitte synchronisieren und erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>InstrumentItemsDialog</name>
    <message>
        <source>The team&apos;s self-efficacy items</source>
        <translation>Die Aussagen des Teams zur Selbstwirksamkeit</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>The general self-efficacy scale asks these ten items in the client&apos;s language. A team that works with a published adaptation enters its wording here; Return changes the selected item.</source>
        <translation>Die Skala zur allgemeinen Selbstwirksamkeit fragt diese zehn Aussagen in der Sprache der KlientIn. Ein Team, das mit einer veröffentlichten Fassung arbeitet, trägt deren Wortlaut hier ein; die Eingabetaste ändert die gewählte Aussage.</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Strong desire or compulsion to use (craving)</source>
        <extracomment>&quot;Not answered&quot; in a combo box (which cannot hold None as its data).</extracomment>
        <translation>Starker Wunsch oder Zwang zu konsumieren (Craving)</translation>
    </message>
    <message>
        <source>Difficulty controlling onset, amount or end of use</source>
        <translation>Verminderte Kontrolle über Beginn, Menge oder Ende des Konsums</translation>
    </message>
    <message>
        <source>Withdrawal symptoms, or use to relieve them</source>
        <translation>Entzugssymptome oder Konsum, um sie zu lindern</translation>
    </message>
    <message>
        <source>Tolerance: more is needed for the same effect</source>
        <translation>Toleranz: für dieselbe Wirkung wird mehr gebraucht</translation>
    </message>
    <message>
        <source>Other interests and pleasures neglected in favour of use</source>
        <translation>Vernachlässigung anderer Interessen zugunsten des Konsums</translation>
    </message>
    <message>
        <source>Use continued despite clearly harmful consequences</source>
        <translation>Fortgesetzter Konsum trotz eindeutig schädlicher Folgen</translation>
    </message>
    <message>
        <source>impaired control</source>
        <translation>verminderte Kontrolle</translation>
    </message>
    <message>
        <source>increasing priority of use</source>
        <translation>zunehmender Vorrang des Konsums</translation>
    </message>
    <message>
        <source>physiological features</source>
        <translation>körperliche Merkmale</translation>
    </message>
    <message>
        <source>ICD-10: %1 of 6 criteria – dependence (3 or more)</source>
        <translation>ICD-10: %1 von 6 Kriterien – Abhängigkeit (3 oder mehr)</translation>
    </message>
    <message>
        <source>ICD-10: %1 of 6 criteria – no dependence</source>
        <translation>ICD-10: %1 von 6 Kriterien – keine Abhängigkeit</translation>
    </message>
    <message>
        <source>ICD-11: %1 of 3 groups – dependence (2 or more)</source>
        <translation>ICD-11: %1 von 3 Gruppen – Abhängigkeit (2 oder mehr)</translation>
    </message>
    <message>
        <source>ICD-11: %1 of 3 groups – no dependence</source>
        <translation>ICD-11: %1 von 3 Gruppen – keine Abhängigkeit</translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <source>Stage of change</source>
        <extracomment>The stages on the chart&apos;s vertical axis, in the order of the model (relapse is an event).</extracomment>
        <translation>Veränderungsstadium</translation>
    </message>
    <message>
        <source>Self-efficacy</source>
        <translation>Selbstwirksamkeit</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Instrument history</source>
        <translation>Verlauf der Instrumente</translation>
    </message>
    <message>
        <source>Stag&amp;e…</source>
        <translation>&amp;Stadium…</translation>
    </message>
    <message>
        <source>Decisional balance…</source>
        <translation>Entscheidungswaage…</translation>
    </message>
    <message>
        <source>Self-efficacy…</source>
        <translation>Selbstwirksamkeit…</translation>
    </message>
    <message>
        <source>Dependence…</source>
        <translation>Abhängigkeit…</translation>
    </message>
    <message>
        <source>Record rela&amp;pse…</source>
        <translation>Rückfall &amp;erfassen…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Every record is kept with its date; a new one never overwrites an earlier one. Stages set on a contact show here too.</source>
        <translation>Jede Erfassung bleibt mit ihrem Datum erhalten; eine neue überschreibt keine frühere. Stadien aus Kontakten erscheinen hier auch.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>(from a contact)</source>
        <translation>(aus einem Kontakt)</translation>
    </message>
    <message>
        <source>sum %1 of 40</source>
        <translation>Summe %1 von 40</translation>
    </message>
    <message>
        <source>no sum (more than 3 items missing)</source>
        <translation>keine Summe (mehr als 3 Aussagen fehlen)</translation>
    </message>
    <message>
        <source>changing: %1 for, %2 against · staying: %3 for, %4 against</source>
        <translation>Veränderung: %1 dafür, %2 dagegen · Bleiben: %3 dafür, %4 dagegen</translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation>Entscheidungswaage</translation>
    </message>
    <message>
        <source>Dependence criteria</source>
        <translation>Abhängigkeitskriterien</translation>
    </message>
    <message>
        <source>Stage of change: %1</source>
        <translation>Veränderungsstadium: %1</translation>
    </message>
    <message>
        <source>No stage of change recorded yet.</source>
        <translation>Noch kein Veränderungsstadium erfasst.</translation>
    </message>
    <message>
        <source>last relapse on %1</source>
        <translation>letzter Rückfall am %1</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>relapse ●</source>
        <translation>Rückfall ●</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Several &amp;life domains affected?</source>
        <translation>Mehrere &amp;Lebensbereiche betroffen?</translation>
    </message>
    <message>
        <source>Several &amp;helpers involved?</source>
        <translation>Mehrere &amp;Hilfen beteiligt?</translation>
    </message>
    <message>
        <source>The client a&amp;grees?</source>
        <translation>Einverständnis der &amp;KlientIn?</translation>
    </message>
    <message>
        <source>Case &amp;management appropriate?</source>
        <translation>&amp;Case Management angemessen?</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>&amp;Zugang:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Vermittelt durch:</translation>
    </message>
    <message>
        <source>who referred the client</source>
        <translation>wer die KlientIn vermittelt hat</translation>
    </message>
    <message>
        <source>Screening &amp;note:</source>
        <translation>&amp;Notiz zur Abklärung:</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>Vereinbart &amp;am:</translation>
    </message>
    <message>
        <source>no agreement yet</source>
        <translation>noch keine Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;What was agreed:</source>
        <translation>&amp;Was vereinbart wurde:</translation>
    </message>
    <message>
        <source>&amp;Consent recorded on:</source>
        <translation>&amp;Einwilligung erfasst am:</translation>
    </message>
    <message>
        <source>Consent &amp;form:</source>
        <translation>&amp;Form der Einwilligung:</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Aufnahme</translation>
    </message>
</context>
<context>
    <name>ItemNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Material umbenennen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neues Material</translation>
    </message>
    <message>
        <source>Leave the name empty to use the built-in word again.</source>
        <translation>Lassen Sie den Namen leer, um wieder das mitgelieferte Wort zu verwenden.</translation>
    </message>
</context>
<context>
    <name>ItemTextDialog</name>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Wortlaut:</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Aussage %1</translation>
    </message>
    <message>
        <source>Leave it empty to use the shipped wording again.</source>
        <translation>Leer lassen, um wieder den mitgelieferten Wortlaut zu verwenden.</translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>The team&apos;s harm-reduction items</source>
        <translation>Ausgabematerial des Teams</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>U&amp;mbenennen…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Ausb&amp;lenden</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Contacts and street rounds count the items handed out in these words and this order. A retired item is left out of new counts; the counts made stay.</source>
        <translation>Kontakte und Straßenrunden zählen das ausgegebene Material mit diesen Wörtern in dieser Reihenfolge. Ausgeblendetes Material fehlt in neuen Zählungen; die gemachten bleiben.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>the team&apos;s own</source>
        <translation>eigenes des Teams</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Wiederher&amp;stellen</translation>
    </message>
    <message>
        <source>Items not changed</source>
        <translation>Material nicht geändert</translation>
    </message>
</context>
<context>
    <name>LifeDomainsDialog</name>
    <message>
        <source>The team&apos;s life domains</source>
        <translation>Lebensbereiche des Teams</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Ausb&amp;lenden</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Every assessment of the team covers these domains in this order. A retired domain is left out of new work; what was written about it stays.</source>
        <translation>Jedes Assessment des Teams umfasst diese Bereiche in dieser Reihenfolge. Ein ausgeblendeter Bereich fehlt in neuen Assessments; was dazu geschrieben wurde, bleibt.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>the team&apos;s own</source>
        <translation>eigener des Teams</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Retire life domain?</source>
        <translation>Lebensbereich ausblenden?</translation>
    </message>
    <message>
        <source>New assessments leave out “%1”. What was written about it stays, and you can restore it.</source>
        <translation>Neue Assessments lassen „%1“ aus. Was dazu geschrieben wurde, bleibt, und Sie können ihn wiederherstellen.</translation>
    </message>
    <message>
        <source>Life domains not changed</source>
        <translation>Lebensbereiche nicht geändert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseDesk — %1</source>
        <extracomment>A DeskSwitch: lock, then unlock another desk (a restored backup), see DatabaseSettingsDialog.</extracomment>
        <translation>CaseDesk — %1</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <source>Select a client on the left, or press Ctrl+T for Today.</source>
        <translation>Links eine/n Klient/in auswählen oder Strg+T für „Heute“ drücken.</translation>
    </message>
    <message>
        <source>DEMO — this desk holds made-up example data, not real clients.</source>
        <translation>DEMO — dieser Arbeitsplatz enthält erfundene Beispieldaten, keine echten Klient/innen.</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neue/r Klient/in …</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neue/r Klient/in</translation>
    </message>
    <message>
        <source>&amp;Record contact…</source>
        <translation>Kontakt &amp;erfassen …</translation>
    </message>
    <message>
        <source>Record a contact quickly</source>
        <translation>Schnell einen Kontakt erfassen</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Neue &amp;Aufgabe …</translation>
    </message>
    <message>
        <source>New task for the selected client</source>
        <translation>Neue Aufgabe für die ausgewählte Person</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>Klient/in &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Klient/in &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Who is overdue, what is due</source>
        <translation>Wer ist überfällig, was steht an</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>Arbeitsplatz sperren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation>&amp;Datenbank-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>Ü&amp;ber CaseDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient/in</translation>
    </message>
    <message>
        <source>Street r&amp;ound…</source>
        <translation>Straßen&amp;runde …</translation>
    </message>
    <message>
        <source>Count a street round or group contact</source>
        <translation>Eine Straßenrunde oder einen Gruppenkontakt zählen</translation>
    </message>
    <message>
        <source>Record &amp;activity…</source>
        <translation>&amp;Tätigkeit erfassen …</translation>
    </message>
    <message>
        <source>Working time that is no contact</source>
        <translation>Arbeitszeit, die kein Kontakt ist</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Sync and print</source>
        <translation>Synchronisieren und Drucken</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchronisieren…</translation>
    </message>
    <message>
        <source>Sync with the office&apos;s central store (Ctrl+Shift+S)</source>
        <translation>Mit dem zentralen Speicher im Büro synchronisieren (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synchronisation nicht eingerichtet</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisation: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unsynced change(s)</source>
        <translation>
            <numerusform>%n nicht synchronisierte Änderung</numerusform>
            <numerusform>%n nicht synchronisierte Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n abgelehnte Änderung</numerusform>
            <numerusform>%n abgelehnte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Print documents (%1)</source>
        <translation>Dokumente drucken (%1)</translation>
    </message>
    <message>
        <source>Team phone &amp;numbers…</source>
        <translation>&amp;Telefonnummern des Teams…</translation>
    </message>
    <message>
        <source>&amp;Helper directory…</source>
        <translation>Hilfe&amp;verzeichnis…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Mögliche D&amp;ubletten …</translation>
    </message>
    <message>
        <source>&amp;Caseloads…</source>
        <translation>&amp;Fallzahlen…</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>Aufbewahrungsfristen &amp;prüfen …</translation>
    </message>
    <message>
        <source>Clients whose last case closed longer ago than the team keeps data</source>
        <translation>KlientInnen, deren letzter Fall länger zurückliegt, als das Team Daten aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;While you were away…</source>
        <translation>Wä&amp;hrend meiner Abwesenheit …</translation>
    </message>
    <message>
        <source>What your deputies did for your clients during their period</source>
        <translation>Was Ihre Vertretungen in ihrem Zeitraum für Ihre Klient/innen getan haben</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>Stat&amp;istik…</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;life domains…</source>
        <translation>&amp;Lebensbereiche des Teams…</translation>
    </message>
    <message>
        <source>&amp;Monitoring rules…</source>
        <translation>&amp;Monitoring-Regeln…</translation>
    </message>
    <message>
        <source>Self-&amp;efficacy items…</source>
        <translation>Selbst&amp;wirksamkeit: Aussagen…</translation>
    </message>
    <message>
        <source>Harm-reduction &amp;items…</source>
        <translation>Aus&amp;gabematerial des Teams …</translation>
    </message>
    <message>
        <source>Access lo&amp;g…</source>
        <translation>&amp;Zugriffsprotokoll…</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Fachkraft: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Arbeitsplatz: %1</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>Über CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk %1
Encrypted case management for outreach work.</source>
        <translation>CaseDesk %1
Verschlüsseltes Case Management für die aufsuchende Arbeit.</translation>
    </message>
    <message>
        <source>Quit CaseDesk?</source>
        <translation>CaseDesk beenden?</translation>
    </message>
    <message>
        <source>A form is open with changes that are not saved. Quit and lose them?</source>
        <translation>Ein Formular mit nicht gespeicherten Änderungen ist offen. Beenden und die Änderungen verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) from before the lock restored — save or discard them.</source>
        <translation>
            <numerusform>%n nicht gespeicherter Entwurf von vor der Sperre wiederhergestellt – speichern oder verwerfen Sie ihn.</numerusform>
            <numerusform>%n nicht gespeicherte Entwürfe von vor der Sperre wiederhergestellt – speichern oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceSection</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Klient/innen:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Dateigröße:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Unversehrtheit</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>&amp;Integrität prüfen</translation>
    </message>
    <message>
        <source>Reads every page of the desk and checks its authentication code and the database&apos;s structure. You can go on working meanwhile; on a very big desk it takes about half a minute.</source>
        <translation>Liest jede Seite des Arbeitsplatzes und prüft ihren Authentifizierungscode und die Struktur der Datenbank. Sie können währenddessen weiterarbeiten; bei einem sehr großen Arbeitsplatz dauert es etwa eine halbe Minute.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>%1 of %2 bytes, %3 free</source>
        <translation>%1 zu je %2 Byte, %3 frei</translation>
    </message>
    <message>
        <source>No damage found: every page and the structure are whole.</source>
        <translation>Keine Schäden gefunden: Alle Seiten und die Struktur sind unversehrt.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <extracomment>Field name → (group, the button of the first record, the button of the second).</extracomment>
        <translation>Zwei Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>Loading both records…</source>
        <translation>Beide Datensätze werden geladen …</translation>
    </message>
    <message>
        <source>Which record stays?</source>
        <translation>Welcher Datensatz bleibt?</translation>
    </message>
    <message>
        <source>Values that differ: choose the one to keep</source>
        <translation>Abweichende Angaben: Wählen Sie, welche bleibt</translation>
    </message>
    <message>
        <source>Both records have an open case: the two are joined into one case, which keeps the earlier start and the phase that is further along.</source>
        <extracomment>Shown when both records have an open case (``MergePreview.joins_open_episodes``).</extracomment>
        <translation>Beide Datensätze haben einen offenen Fall: Die beiden werden zu einem Fall zusammengeführt, der den früheren Beginn und die weiter fortgeschrittene Phase behält.</translation>
    </message>
    <message>
        <source>Name of the record that goes</source>
        <translation>Name des Datensatzes, der entfällt</translation>
    </message>
    <message>
        <source>The name does not match yet. Type it as shown above to merge, or press Escape to cancel.</source>
        <translation>Der Name stimmt noch nicht überein. Geben Sie ihn wie oben angezeigt ein, um zusammenzuführen, oder drücken Sie Esc zum Abbrechen.</translation>
    </message>
    <message>
        <source>&amp;Merge for good</source>
        <translation>Endgültig zusammen&amp;führen</translation>
    </message>
    <message>
        <source>Merge %1 and %2?</source>
        <translation>%1 und %2 zusammenführen?</translation>
    </message>
    <message>
        <source>Keep the &amp;first: %1</source>
        <translation>&amp;Ersten behalten: %1</translation>
    </message>
    <message>
        <source>Keep the &amp;second: %1</source>
        <translation>&amp;Zweiten behalten: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Erster Datensatz</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Zweiter Datensatz</translation>
    </message>
    <message>
        <source>Both records say the same in every field.</source>
        <translation>Beide Datensätze stimmen in allen Angaben überein.</translation>
    </message>
    <message>
        <source>code person</source>
        <translation>Codeperson</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Klient/in</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Every contact, case, task, card and other record of %1 moves to the record that stays, on this laptop now and on every copy at its next sync.&lt;/li&gt;&lt;li&gt;%1 is then no longer listed; what colleagues&apos; laptops still file under it arrives under the record that stays. Its values not chosen above are deleted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Alle Kontakte, Fälle, Aufgaben, Karten und weiteren Einträge von %1 gehen auf den bleibenden Datensatz über – auf diesem Laptop sofort, auf jeder anderen Kopie bei ihrer nächsten Synchronisation.&lt;/li&gt;&lt;li&gt;%1 wird danach nicht mehr aufgeführt; was die Laptops von Kolleg/innen noch darunter ablegen, kommt beim bleibenden Datensatz an. Seine oben nicht gewählten Angaben werden gelöscht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Das lässt sich nicht rückgängig machen.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>To confirm, type the name of the record that goes: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Geben Sie zur Bestätigung den Namen des Datensatzes ein, der entfällt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Wird zusammengeführt …</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Datensätze zusammengeführt</translation>
    </message>
    <message numerus="yes">
        <source>The records are one now: %n record(s) moved to %1.</source>
        <translation>
            <numerusform>Die Datensätze sind jetzt einer: %n Eintrag ging auf %1 über.</numerusform>
            <numerusform>Die Datensätze sind jetzt einer: %n Einträge gingen auf %1 über.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Only the case manager of both records, a team lead or an administrator merges them.</source>
        <translation>Zusammenführen darf nur, wer für beide Datensätze fallverantwortlich ist, eine Teamleitung oder die Administration.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Ein Datensatz kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>One of the records was merged already.</source>
        <translation>Einer der Datensätze wurde bereits zusammengeführt.</translation>
    </message>
    <message>
        <source>One of the records was erased.</source>
        <translation>Einer der Datensätze wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit …</translation>
    </message>
    <message>
        <source>Which record is the same person as %1?</source>
        <translation>Welcher Datensatz ist dieselbe Person wie %1?</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Gefundene Datensätze</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen …</translation>
    </message>
</context>
<context>
    <name>MonitoringRules</name>
    <message>
        <source>Contact in monitoring</source>
        <translation>Kontakt im Monitoring</translation>
    </message>
    <message>
        <source>Contact in any open phase</source>
        <translation>Kontakt in jeder offenen Phase</translation>
    </message>
    <message>
        <source>Missed appointment followed up</source>
        <translation>Versäumter Termin nachgehalten</translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation>Nachhalten der Vermittlung</translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation>Frist eines Ziels</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Überprüfung des Hilfeplans</translation>
    </message>
    <message>
        <source>Assessment time box</source>
        <translation>Zeitrahmen des Assessments</translation>
    </message>
    <message>
        <source>Release of confidentiality expiring</source>
        <translation>Schweigepflichtentbindung läuft ab</translation>
    </message>
</context>
<context>
    <name>MonitoringRulesDialog</name>
    <message>
        <source>The team&apos;s monitoring rules</source>
        <translation>Monitoring-Regeln des Teams</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Today lists what these rules find for every worker of the team. A rule that is off lists nothing; Return changes the selected rule.</source>
        <translation>„Heute“ zeigt allen Mitarbeiter/innen des Teams, was diese Regeln finden. Eine ausgeschaltete Regel zeigt nichts; die Eingabetaste ändert die gewählte Regel.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Monitoring rules not loaded</source>
        <translation>Monitoring-Regeln nicht geladen</translation>
    </message>
</context>
<context>
    <name>MonthPickerDialog</name>
    <message>
        <source>Monthly activity report</source>
        <translation>Monatliche Tätigkeitsstatistik</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Bericht anzeigen</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Monat:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
</context>
<context>
    <name>NetworkPersonDialog</name>
    <message>
        <source>less important</source>
        <translation>weniger wichtig</translation>
    </message>
    <message>
        <source>important</source>
        <translation>wichtig</translation>
    </message>
    <message>
        <source>very important</source>
        <translation>sehr wichtig</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Hilfe:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;ktor:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>e.g. sister, GP, drinking mate</source>
        <translation>z. B. Schwester, Hausarzt, Trinkkumpel</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>not in the helper directory</source>
        <translation>nicht im Hilfeverzeichnis</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>S&amp;tärke:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>Su&amp;pport:</source>
        <translation>&amp;Unterstützung:</translation>
    </message>
    <message>
        <source>Contact &amp;frequency:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation>&amp;Wichtigkeit:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Noti&amp;z:</translation>
    </message>
    <message>
        <source>New network person</source>
        <translation>Neue Person im Netzwerk</translation>
    </message>
    <message>
        <source>Network person</source>
        <translation>Person im Netzwerk</translation>
    </message>
    <message>
        <source>Life domains the relationship covers</source>
        <translation>Lebensbereiche, die die Beziehung abdeckt</translation>
    </message>
</context>
<context>
    <name>NetworkRelationDialog</name>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;Zwischen:</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>&amp;Und:</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>S&amp;tärke:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>Tie between two persons</source>
        <translation>Beziehung zwischen zwei Personen</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>No network persons yet. Insert adds one.</source>
        <extracomment>The map&apos;s context menu, just opened (for tests; it closes itself).</extracomment>
        <translation>Noch keine Personen im Netzwerk. Einfg fügt eine hinzu.</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Tie between…</source>
        <translation>Beziehung zwischen…</translation>
    </message>
    <message>
        <source>Untie…</source>
        <translation>Beziehung lösen…</translation>
    </message>
    <message>
        <source>Removes a tie between two persons (also in the map&apos;s context menu)</source>
        <translation>Entfernt eine Beziehung zwischen zwei Personen (auch im Kontextmenü der Karte)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Tab walks the persons, the arrow keys move the selected one, Return edits. Menu key: more. Ctrl+Plus, Ctrl+Minus, Ctrl+0: zoom.</source>
        <translation>Tab geht von Person zu Person, die Pfeiltasten verschieben die ausgewählte, Eingabe bearbeitet. Menütaste: mehr. Strg+Plus, Strg+Minus, Strg+0: Zoom.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Festgehaltene Stände</translation>
    </message>
    <message>
        <source>Take snapshot…</source>
        <translation>Stand festhalten…</translation>
    </message>
    <message>
        <source>Show snapshot</source>
        <translation>Stand zeigen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n person(s)</source>
        <translation>
            <numerusform>%1 · %n Person</numerusform>
            <numerusform>%1 · %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>How many persons the client names around them.</source>
        <translation>Wie viele Personen die KlientIn um sich nennt.</translation>
    </message>
    <message>
        <source>Informal help</source>
        <translation>Informelle Hilfe</translation>
    </message>
    <message>
        <source>%1 (%2 informal, %3 formal)</source>
        <translation>%1 (%2 informell, %3 formell)</translation>
    </message>
    <message>
        <source>Family, friends, neighbours and the scene come before professional help.</source>
        <translation>Familie, Freunde, Nachbarn und Szene kommen vor professioneller Hilfe.</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Ties recorded among the persons out of all possible ties (0 to 1).</source>
        <translation>Erfasste Beziehungen unter den Personen von allen möglichen (0 bis 1).</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <source>Persons tied to no one else in the network, once such ties are recorded.</source>
        <translation>Personen ohne Beziehung zu anderen im Netzwerk, sobald solche Beziehungen erfasst sind.</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Brücken</translation>
    </message>
    <message>
        <source>Persons who hold otherwise separate parts together: bridges and gatekeepers.</source>
        <translation>Personen, die sonst getrennte Teile verbinden: Brücken und Gatekeeper.</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Belastet</translation>
    </message>
    <message>
        <source>Persons whose tie to the client is stressful or broken off.</source>
        <translation>Personen, deren Beziehung zur KlientIn belastend oder abgebrochen ist.</translation>
    </message>
    <message>
        <source>Network map of %1</source>
        <translation>Netzwerkkarte vom %1</translation>
    </message>
    <message>
        <source>Remove from the network?</source>
        <translation>Aus dem Netzwerk entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 and their ties from the map? Snapshots keep them.</source>
        <translation>%1 mit den Beziehungen von der Karte entfernen? Festgehaltene Stände behalten sie.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>with %1 (%2)</source>
        <translation>mit %1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>No ties between persons yet</source>
        <translation>Noch keine Beziehungen zwischen Personen</translation>
    </message>
    <message>
        <source>Remove the tie?</source>
        <translation>Beziehung entfernen?</translation>
    </message>
    <message>
        <source>Remove the tie between %1 and %2 from the map? The persons stay; snapshots keep the tie.</source>
        <translation>Die Beziehung zwischen %1 und %2 von der Karte entfernen? Die Personen bleiben; festgehaltene Stände behalten die Beziehung.</translation>
    </message>
    <message>
        <source>&amp;Untie %1 and %2…</source>
        <translation>Beziehung zwischen %1 und %2 &amp;lösen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Tie to…</source>
        <translation>Beziehung &amp;zu…</translation>
    </message>
    <message>
        <source>&amp;Untie</source>
        <translation>Beziehung &amp;lösen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Whole map</source>
        <translation>&amp;Ganze Karte</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Netzwerkkarte exportieren</translation>
    </message>
    <message>
        <source>network-map.png</source>
        <translation>netzwerkkarte.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>This file is not a map saved before and is never replaced. Choose another name.</source>
        <translation>Diese Datei ist keine zuvor gespeicherte Karte und wird nie ersetzt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Die Karte wird gezeichnet …</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Beginnt am:</translation>
    </message>
    <message>
        <source>&amp;Due by (time box):</source>
        <translation>&amp;Fällig bis (Zeitrahmen):</translation>
    </message>
    <message>
        <source>&amp;Copy the texts of the previous assessment</source>
        <translation>Texte des vorigen Assessments &amp;übernehmen</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neues Assessment</translation>
    </message>
    <message>
        <source>Earlier assessments stay as they are. The method time-boxes an assessment to six weeks unless you agree another date.</source>
        <translation>Frühere Assessments bleiben, wie sie sind. Die Methode begrenzt ein Assessment auf sechs Wochen, sofern Sie kein anderes Datum vereinbaren.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Geschlecht:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>Where to find:</source>
        <translation>Wo anzutreffen:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Emergency notes:</source>
        <translation>Notfallhinweise:</translation>
    </message>
    <message>
        <source>Data processing:</source>
        <translation>Datenverarbeitung:</translation>
    </message>
    <message>
        <source>Confidentiality releases:</source>
        <translation>Schweigepflichtentbindungen:</translation>
    </message>
    <message>
        <source>Case manager:</source>
        <translation>Fallverantwortung:</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Vertretung:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Phase history:</source>
        <translation>Phasenverlauf:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten …</translation>
    </message>
    <message>
        <source>Recor&amp;d contact…</source>
        <translation>Kontakt &amp;erfassen …</translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation>&amp;Zugriffsprotokoll …</translation>
    </message>
    <message>
        <source>Who opened or changed this client&apos;s records, when and how</source>
        <translation>Wer wann die Einträge dieser Klient/in geöffnet oder geändert hat und wie</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>Zusammen&amp;führen mit …</translation>
    </message>
    <message>
        <source>This person has a second record: make the two one</source>
        <translation>Diese Person hat einen zweiten Datensatz: beide zu einem zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Change &amp;phase…</source>
        <translation>&amp;Phase ändern …</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>Add &amp;release…</source>
        <translation>Schweigepflicht&amp;entbindung …</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>&amp;Übergeben …</translation>
    </message>
    <message>
        <source>&amp;Deputy…</source>
        <translation>&amp;Vertretung …</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren …</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Take the client back into the active caseload</source>
        <translation>Klient/in wieder in die aktive Fallliste aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Erase (GDPR)…</source>
        <translation>&amp;Löschen (DSGVO) …</translation>
    </message>
    <message>
        <source>Delete this client&apos;s data on every copy, for good</source>
        <translation>Die Daten der Klient/in auf allen Kopien endgültig löschen</translation>
    </message>
    <message>
        <source>Erased client</source>
        <translation>Gelöschte/r Klient/in</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased (GDPR).</source>
        <translation>Die Daten dieser Klient/in wurden gelöscht (DSGVO).</translation>
    </message>
    <message>
        <source>This record was merged into another one; its records are there.</source>
        <translation>Dieser Datensatz wurde mit einem anderen zusammengeführt; seine Einträge stehen dort.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>no fixed abode</source>
        <translation>ohne festen Wohnsitz</translation>
    </message>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>erteilt am %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht erteilt</translation>
    </message>
    <message>
        <source>%1 (since %2, until %3)</source>
        <translation>%1 (seit %2, bis %3)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Strength: very weak</source>
        <translation>Stärke: sehr schwach</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Stärke: schwach</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Stärke: mittel</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Stärke: gut</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Stärke: stark</translation>
    </message>
    <message>
        <source>several words or a long sentence are easier to remember and harder to guess</source>
        <translation>mehrere Wörter oder ein langer Satz sind leichter zu merken und schwerer zu erraten</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase encrypts your desk. You type it every time you unlock CaseDesk.</source>
        <translation>Die Passphrase verschlüsselt Ihren Arbeitsplatz. Sie geben sie bei jedem Entsperren von CaseDesk ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write the passphrase down and keep it safe.&lt;/b&gt; Nobody can recover it, not even the office. If you lose it, the data on this laptop is lost; what was already synced can be restored from the office.</source>
        <translation>&lt;b&gt;Schreiben Sie die Passphrase auf und bewahren Sie sie sicher auf.&lt;/b&gt; Niemand kann sie wiederherstellen, auch nicht das Büro. Geht sie verloren, sind die Daten auf diesem Laptop verloren; was bereits synchronisiert wurde, kann aus dem Büro wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <translation>Stärke: sehr schwach</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Stärke: schwach</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Stärke: mittel</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Stärke: gut</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Stärke: stark</translation>
    </message>
    <message>
        <source>several words or a long sentence are easier to remember and harder to guess</source>
        <translation>mehrere Wörter oder ein langer Satz sind leichter zu merken und schwerer zu erraten</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>&amp;New phase:</source>
        <translation>&amp;Neue Phase:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>why the case moves on (goes into the phase history)</source>
        <translation>warum der Fall weitergeht (steht im Phasenverlauf)</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Phase ändern</translation>
    </message>
    <message>
        <source>Current phase:</source>
        <translation>Aktuelle Phase:</translation>
    </message>
    <message>
        <source>To close the case, use Close case… on the Case tab: it asks for the reason.</source>
        <translation>Zum Abschließen des Falls „Fall abschließen…“ auf dem Reiter „Fall“ verwenden: dort wird nach dem Grund gefragt.</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <source>What the &amp;network gives:</source>
        <translation>Was das &amp;Netzwerk beiträgt:</translation>
    </message>
    <message>
        <source>family, friends, neighbours — before any service</source>
        <translation>Familie, Freunde, Nachbarn — vor jeder Leistung</translation>
    </message>
    <message>
        <source>What the client &amp;does:</source>
        <translation>Was die Klientin / der Klient &amp;selbst tut:</translation>
    </message>
    <message>
        <source>&amp;Contact dates:</source>
        <translation>&amp;Kontakttermine:</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>Über&amp;prüfung am:</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>kein Überprüfungstermin</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Planangaben</translation>
    </message>
</context>
<context>
    <name>PlanServiceDialog</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>e.g. debt counselling, supported housing</source>
        <translation>z. B. Schuldnerberatung, betreutes Wohnen</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>P&amp;ayer:</source>
        <translation>Kosten&amp;träger:</translation>
    </message>
    <message>
        <source>For &amp;goal:</source>
        <translation>Für &amp;Ziel:</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Leistung bearbeiten</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neue Leistung</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Versio&amp;n:</source>
        <extracomment>The letter of each SMART part, as the method&apos;s acronym spells it in every language. The client&apos;s network persons, offered as the person responsible for a goal.</extracomment>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it. Status and attainment stay editable.</source>
        <translation>Unterschriebene Hilfepläne sind eingefroren — für Änderungen eine neue Version anlegen. Status und Zielerreichung bleiben bearbeitbar.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>Help started</source>
        <translation>Hilfe begonnen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Network support:</source>
        <translation>Unterstützung durch das Netzwerk:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Leistungen:</translation>
    </message>
    <message>
        <source>Own activities:</source>
        <translation>Eigene Aktivitäten:</translation>
    </message>
    <message>
        <source>Contact dates:</source>
        <translation>Kontakttermine:</translation>
    </message>
    <message>
        <source>Ne&amp;w goal…</source>
        <translation>&amp;Neues Ziel …</translation>
    </message>
    <message>
        <source>A goal at the top of the plan (Ins)</source>
        <translation>Ein Ziel oben im Hilfeplan (Einfg)</translation>
    </message>
    <message>
        <source>Su&amp;b-goal…</source>
        <translation>Unterz&amp;iel …</translation>
    </message>
    <message>
        <source>A goal under the selected one (Shift+Ins)</source>
        <translation>Ein Ziel unter dem ausgewählten (Umschalt+Einfg)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbei&amp;ten …</translation>
    </message>
    <message>
        <source>Edit the selected goal (Return)</source>
        <translation>Das ausgewählte Ziel bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>Remove goa&amp;l…</source>
        <translation>Ziel &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected goal and its sub-goals (Del)</source>
        <translation>Das ausgewählte Ziel mit seinen Unterzielen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Signat&amp;ures…</source>
        <translation>Unter&amp;schriften …</translation>
    </message>
    <message>
        <source>Mor&amp;e</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>Plan &amp;details…</source>
        <translation>Plan&amp;angaben …</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Leistung hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>Leistung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove service…</source>
        <translation>Leistung en&amp;tfernen …</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>Neue &amp;Version</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous version…</source>
        <translation>Mit der Vorversion ver&amp;gleichen …</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; &amp;goals</source>
        <translation>Hilfeplan</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>No service plan yet. New goal (Ins) starts one.</source>
        <translation>Noch kein Hilfeplan. Neues Ziel (Einfg) legt einen an.</translation>
    </message>
    <message>
        <source>Signed by the client on %1 and by the case manager on %2.</source>
        <translation>Unterschrieben von der Klientin / dem Klienten am %1 und vom Case Management am %2.</translation>
    </message>
    <message>
        <source>Draft, signed by one side so far.</source>
        <translation>Entwurf, bisher von einer Seite unterschrieben.</translation>
    </message>
    <message>
        <source>Draft, not signed yet.</source>
        <translation>Entwurf, noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Review on %1.</source>
        <translation>Überprüfung am %1.</translation>
    </message>
    <message>
        <source>No review date.</source>
        <translation>Kein Überprüfungstermin.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s).</source>
        <translation>
            <numerusform>%n Ziel.</numerusform>
            <numerusform>%n Ziele.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>(no wording)</source>
        <translation>(ohne Formulierung)</translation>
    </message>
    <message>
        <source>Missing: %1. The SMART check is a reminder; the goal is saved as it is.</source>
        <translation>Es fehlt: %1. Der SMART-Check ist eine Erinnerung; das Ziel wird so gespeichert, wie es ist.</translation>
    </message>
    <message>
        <source>specific</source>
        <translation>spezifisch</translation>
    </message>
    <message>
        <source>measurable</source>
        <translation>messbar</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>abgestimmt</translation>
    </message>
    <message>
        <source>realistic</source>
        <translation>realistisch</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>terminiert</translation>
    </message>
    <message>
        <source>Remove the goal “%1”?</source>
        <translation>Das Ziel „%1“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-goal(s) go with it.</source>
        <translation>
            <numerusform>Sein Unterziel wird mit entfernt.</numerusform>
            <numerusform>Seine %n Unterziele werden mit entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove goal?</source>
        <translation>Ziel entfernen?</translation>
    </message>
    <message>
        <source>New version?</source>
        <translation>Neue Version?</translation>
    </message>
    <message>
        <source>Make version %1 from version %2? Version %2 stays as it is; the new one is a draft to change and sign again.</source>
        <translation>Version %1 aus Version %2 anlegen? Version %2 bleibt, wie sie ist; die neue ist ein Entwurf, der geändert und neu unterschrieben wird.</translation>
    </message>
    <message>
        <source>Remove service?</source>
        <translation>Leistung entfernen?</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan?</source>
        <translation>„%1“ aus dem Hilfeplan entfernen?</translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it.</source>
        <translation>Unterschriebene Hilfepläne sind eingefroren — für Änderungen eine neue Version anlegen.</translation>
    </message>
    <message>
        <source>Plan not changed</source>
        <translation>Hilfeplan nicht geändert</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print &amp;service plan…</source>
        <translation>&amp;Hilfeplan drucken …</translation>
    </message>
    <message>
        <source>Print &amp;assessment summary…</source>
        <translation>&amp;Assessment-Zusammenfassung drucken …</translation>
    </message>
    <message>
        <source>Print &amp;evaluation…</source>
        <translation>&amp;Evaluation drucken …</translation>
    </message>
    <message>
        <source>Print &amp;handover summary…</source>
        <translation>&amp;Übergabezusammenfassung drucken …</translation>
    </message>
    <message>
        <source>Print &amp;counselling protocol…</source>
        <translation>&amp;Beratungsprotokoll drucken …</translation>
    </message>
    <message>
        <source>&amp;Monthly activity report…</source>
        <translation>&amp;Monatliche Tätigkeitsstatistik …</translation>
    </message>
    <message>
        <source>Deputy &amp;briefing…</source>
        <translation>&amp;Vertretungsmappe …</translation>
    </message>
    <message>
        <source>A page for each client you deputise for today</source>
        <translation>Eine Seite je Klient/in, die Sie heute vertreten</translation>
    </message>
    <message>
        <source>Sheet of &amp;relapse cards…</source>
        <translation>Bogen mit &amp;Rückfallkarten …</translation>
    </message>
    <message>
        <source>The protocol of the contact selected in the timeline</source>
        <translation>Das Protokoll des in der Zeitleiste ausgewählten Kontakts</translation>
    </message>
    <message>
        <source>The latest version of the service plan, for signatures</source>
        <translation>Die neueste Version des Hilfeplans, zum Unterschreiben</translation>
    </message>
    <message>
        <source>The client&apos;s latest assessment, per life domain</source>
        <translation>Das neueste Assessment der KlientIn, je Lebensbereich</translation>
    </message>
    <message>
        <source>Goal attainment per goal, the T-score and the closure</source>
        <translation>Zielerreichung je Ziel, der T-Wert und der Abschluss</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Dokument&amp;sprache</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Hilfeplan</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Assessment-Zusammenfassung</translation>
    </message>
    <message>
        <source>This client has no assessment yet.</source>
        <translation>Für diese KlientIn gibt es noch kein Assessment.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>This client has no case episode to evaluate yet.</source>
        <translation>Für diese KlientIn gibt es noch keinen Fall, der evaluiert werden kann.</translation>
    </message>
    <message>
        <source>Handover summary</source>
        <translation>Übergabezusammenfassung</translation>
    </message>
    <message>
        <source>Deputy briefing</source>
        <translation>Vertretungsmappe</translation>
    </message>
    <message>
        <source>Counselling protocol</source>
        <translation>Beratungsprotokoll</translation>
    </message>
    <message>
        <source>Monthly activity report</source>
        <translation>Monatliche Tätigkeitsstatistik</translation>
    </message>
    <message>
        <source>Team caseloads</source>
        <translation>Fallzahlen des Teams</translation>
    </message>
    <message>
        <source>Sheet of relapse cards</source>
        <translation>Bogen mit Rückfallkarten</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are not on the sheet because they do not fit:</source>
        <translation>
            <numerusform>%n Karte ist nicht auf dem Bogen, weil sie nicht passt:</numerusform>
            <numerusform>%n Karten sind nicht auf dem Bogen, weil sie nicht passen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the sheet have no risk situation yet, only numbers:</source>
        <translation>
            <numerusform>%n Karte auf dem Bogen enthält noch keine Risikosituation, nur Nummern:</numerusform>
            <numerusform>%n Karten auf dem Bogen enthalten noch keine Risikosituation, nur Nummern:</numerusform>
        </translation>
    </message>
    <message>
        <source>No client has a relapse card yet.</source>
        <translation>Noch niemand hat eine Rückfallkarte.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokument wird vorbereitet …</translation>
    </message>
    <message>
        <source>Select a contact in the client&apos;s timeline first.</source>
        <translation>Wählen Sie zuerst einen Kontakt in der Zeitleiste aus.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Einrichtung:</translation>
    </message>
    <message>
        <source>e.g. Addiction counselling centre North</source>
        <translation>z. B. Suchtberatung Nord</translation>
    </message>
    <message>
        <source>&amp;Service type:</source>
        <translation>&amp;Art der Hilfe:</translation>
    </message>
    <message>
        <source>e.g. outpatient counselling</source>
        <translation>z. B. ambulante Beratung</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Ansprech&amp;person:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>Ö&amp;ffnungszeiten:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>New helper</source>
        <translation>Neue Einrichtung</translation>
    </message>
    <message>
        <source>Helper: %1</source>
        <translation>Einrichtung: %1</translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <source>Choose a helper</source>
        <extracomment>The helper to select after the next read (the one just saved).</extracomment>
        <translation>Einrichtung wählen</translation>
    </message>
    <message>
        <source>Helper directory</source>
        <translation>Hilfeverzeichnis</translation>
    </message>
    <message>
        <source>Institution, service type or contact person</source>
        <translation>Einrichtung, Art der Hilfe oder Ansprechperson</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Art der Hilfe</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>&amp;New helper…</source>
        <translation>&amp;Neue Einrichtung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Ausmustern…</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Wählen</translation>
    </message>
    <message>
        <source>No helper matches.</source>
        <translation>Keine Einrichtung passt.</translation>
    </message>
    <message>
        <source>The directory is empty: add the team&apos;s first helper.</source>
        <translation>Das Verzeichnis ist leer: Tragen Sie die erste Einrichtung des Teams ein.</translation>
    </message>
    <message>
        <source>Retire “%1” from the directory? Referrals already made keep its name.</source>
        <translation>„%1“ aus dem Verzeichnis nehmen? Bisherige Vermittlungen behalten den Namen.</translation>
    </message>
    <message>
        <source>Retire helper</source>
        <translation>Einrichtung ausmustern</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Record contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Type a name, alias or code…</source>
        <translation>Name, Alias oder Code eingeben …</translation>
    </message>
    <message>
        <source>new &amp;anonymous code person</source>
        <translation>neue anonyme &amp;Codeperson</translation>
    </message>
    <message>
        <source>Someone known only by a code (initials, birth year, sex) or a street name: what you typed becomes their code</source>
        <translation>Jemand, der nur unter einem Code (Initialen, Geburtsjahr, Geschlecht) oder Straßennamen bekannt ist: das Eingegebene wird der Code</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>What happened, what was agreed…</source>
        <translation>Was ist passiert, was wurde vereinbart …</translation>
    </message>
    <message>
        <source>optional, e.g. call the job centre</source>
        <translation>optional, z. B. Jobcenter anrufen</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient/in:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Follow-up task:</source>
        <translation>&amp;Folgeaufgabe:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>Fä&amp;llig am:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Enter)</translation>
    </message>
    <message>
        <source>Type the code or street name of the new person.</source>
        <translation>Code oder Straßennamen der neuen Person eingeben.</translation>
    </message>
    <message>
        <source>Choose one client from the list.</source>
        <translation>Wählen Sie eine Person aus der Liste.</translation>
    </message>
    <message>
        <source>Saved: %1 with %2, %3</source>
        <translation>Gespeichert: %1 mit %2, %3</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation>Kontakt nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard contact?</source>
        <translation>Kontakt verwerfen?</translation>
    </message>
    <message>
        <source>The note you wrote will be lost.</source>
        <translation>Die geschriebene Notiz geht verloren.</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>e.g. relapse, lost the flat (goes into the phase history)</source>
        <translation>z. B. Rückfall, Wohnung verloren (kommt in den Phasenverlauf)</translation>
    </message>
    <message>
        <source>Start from the &amp;last assessment&apos;s texts</source>
        <translation>Mit den Texten des &amp;letzten Assessments beginnen</translation>
    </message>
    <message>
        <source>Re-assess</source>
        <translation>Neues Assessment</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>a person (name below)</source>
        <translation>eine Person (Name unten)</translation>
    </message>
    <message>
        <source>not tied to a goal</source>
        <translation>keinem Ziel zugeordnet</translation>
    </message>
    <message>
        <source>&amp;Helper:</source>
        <translation>&amp;Einrichtung:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>when not a helper from the directory</source>
        <translation>wenn keine Einrichtung aus dem Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>e.g. outpatient counselling</source>
        <translation>z. B. ambulante Beratung</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Nachhalten am:</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>kein Nachhalten</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Neue Vermittlung</translation>
    </message>
    <message>
        <source>Find in &amp;directory…</source>
        <translation>Im &amp;Verzeichnis suchen…</translation>
    </message>
</context>
<context>
    <name>ReferralStateDialog</name>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Neuer Stand:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>Nach&amp;halten am:</translation>
    </message>
    <message>
        <source>keep as it is</source>
        <translation>unverändert lassen</translation>
    </message>
    <message>
        <source>&amp;Reason for declining:</source>
        <translation>&amp;Grund der Ablehnung:</translation>
    </message>
    <message>
        <source>&amp;Alternative:</source>
        <translation>A&amp;lternative:</translation>
    </message>
    <message>
        <source>what happens instead</source>
        <translation>was stattdessen geschieht</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Vermittlung an %1</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>To whom</source>
        <translation>An wen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachhalten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Vermittlungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Neue Vermittlung…</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Stand ändern…</translation>
    </message>
    <message>
        <source>Record what was shared…</source>
        <extracomment>What was shared with the helper of the chosen referral (the disclosure log, one step).</extracomment>
        <translation>Weitergabe notieren…</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Helper d&amp;irectory…</source>
        <translation>Hilfe&amp;verzeichnis…</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Noch keine Vermittlungen.</translation>
    </message>
    <message>
        <source>Reason for declining: %1</source>
        <translation>Grund der Ablehnung: %1</translation>
    </message>
    <message>
        <source>Alternative: %1</source>
        <translation>Alternative: %1</translation>
    </message>
    <message>
        <source>Referred without a release of confidentiality: %1</source>
        <translation>Ohne Schweigepflichtentbindung vermittelt: %1</translation>
    </message>
</context>
<context>
    <name>RefusedChangesView</name>
    <message>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation>Warum, und was zu tun ist</translation>
    </message>
    <message>
        <source>The office took every change.</source>
        <translation>Das Büro hat alle Änderungen übernommen.</translation>
    </message>
    <message>
        <source>&amp;Forward to their worker</source>
        <translation>An die neue Fachkraft &amp;weitergeben</translation>
    </message>
    <message>
        <source>The client&apos;s new responsible worker gets these changes at your next sync.</source>
        <translation>Die neue zuständige Fachkraft erhält diese Änderungen bei Ihrer nächsten Synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? They are removed from this laptop, and the next sync brings back the office&apos;s version.</source>
        <translation>
            <numerusform>%n Änderung verwerfen? Sie wird von diesem Laptop entfernt, und die nächste Synchronisation holt die Fassung des Büros zurück.</numerusform>
            <numerusform>%n Änderungen verwerfen? Sie werden von diesem Laptop entfernt, und die nächste Synchronisation holt die Fassung des Büros zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelapseCardEditor</name>
    <message>
        <source>Card version</source>
        <extracomment>Printed unchanged after a relapse, the worker saying it was gone through with the client. Since when a relapse asks for a look at the card (the tab tells the editor).</extracomment>
        <translation>Kartenversion</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Back to the current card</source>
        <translation>Zurück zur aktuellen Karte</translation>
    </message>
    <message>
        <source>Use as basis for a new version</source>
        <translation>Als Grundlage für eine neue Version verwenden</translation>
    </message>
    <message>
        <source>Fit warning</source>
        <translation>Platzwarnung</translation>
    </message>
    <message>
        <source>The card prints in this language, whatever the program&apos;s language.</source>
        <translation>Die Karte wird in dieser Sprache gedruckt, unabhängig von der Programmsprache.</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card language:</source>
        <translation>Kartensprache:</translation>
    </message>
    <message>
        <source>Print on the card:</source>
        <translation>Auf die Karte drucken:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Important numbers</source>
        <translation>Wichtige Nummern</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Marks a number row the worker typed into, so a change of card language leaves it alone.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>whom to turn to</source>
        <translation>an wen wenden</translation>
    </message>
    <message>
        <source>Risk situation %1</source>
        <translation>Risikosituation %1</translation>
    </message>
    <message>
        <source>Important number %1</source>
        <translation>Wichtige Nummer %1</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <source>Front of the card</source>
        <translation>Vorderseite der Karte</translation>
    </message>
    <message>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>inside left</source>
        <translation>innen links</translation>
    </message>
    <message>
        <source>inside right</source>
        <translation>innen rechts</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>(%1 mm)</source>
        <translation>(%1 mm)</translation>
    </message>
    <message>
        <source>%1 mm too long</source>
        <translation>%1 mm zu lang</translation>
    </message>
    <message>
        <source>%1 (%2 panel)</source>
        <translation>%1 (Feld %2)</translation>
    </message>
    <message>
        <source>The relapse card of %1 is not printed: its text does not fit, even in the smallest print and with the room a card can take. Shorten:</source>
        <translation>Die Rückfallkarte von %1 wird nicht gedruckt: Der Text passt nicht darauf, auch nicht in der kleinsten Schrift und mit dem Platz, den eine Karte einnehmen kann. Bitte kürzen:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add team numbers</source>
        <translation>Team-Nummern hinzufügen</translation>
    </message>
    <message>
        <source>From network…</source>
        <translation>Aus dem Netzwerk…</translation>
    </message>
    <message>
        <source>Adds the name and number of a person from the client&apos;s network</source>
        <translation>Fügt Name und Nummer einer Person aus dem Netzwerk der KlientIn hinzu</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>Karte &amp;speichern</translation>
    </message>
    <message>
        <source>Saves a new version of the card (Ctrl+S)</source>
        <translation>Speichert eine neue Version der Karte (Strg+S)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;cken …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Relapse card</source>
        <translation>Rückfallkarte</translation>
    </message>
    <message>
        <source>The relapse card has unsaved changes. Discard them?</source>
        <translation>Die Rückfallkarte hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>The unsaved relapse card could not be restored.</source>
        <translation>Die ungespeicherte Rückfallkarte konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Unsaved changes from before the lock – save or discard them.</source>
        <translation>Ungespeicherte Änderungen von vor der Sperre – speichern oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Version %1 arrived meanwhile. Your unsaved changes are kept and will be saved as the next version.</source>
        <translation>Inzwischen ist Version %1 eingetroffen. Ihre ungespeicherten Änderungen bleiben erhalten und werden als nächste Version gespeichert.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet …</translation>
    </message>
    <message>
        <source>New card – not saved yet</source>
        <translation>Neue Karte – noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Version %1 — %2 — %3</source>
        <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(aktuell)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This client has no card yet.</source>
        <translation>Diese Person hat noch keine Karte.</translation>
    </message>
    <message>
        <source>You are looking at version %1 of %2. It can be previewed and printed again, but not changed.</source>
        <translation>Sie sehen Version %1 von %2. Sie kann angesehen und erneut gedruckt, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>No changes – the card is still version %1.</source>
        <translation>Keine Änderungen – die Karte ist weiterhin Version %1.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>At most %1 numbers fit on the card.</source>
        <translation>Höchstens %1 Nummern passen auf die Karte.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n number(s))</source>
        <translation>
            <numerusform>%1 (%n Nummer)</numerusform>
            <numerusform>%1 (%n Nummern)</numerusform>
        </translation>
    </message>
    <message>
        <source>The team has no default numbers yet</source>
        <translation>Das Team hat noch keine Standardnummern</translation>
    </message>
    <message>
        <source>Edit the team&apos;s numbers…</source>
        <translation>Team-Nummern bearbeiten …</translation>
    </message>
    <message>
        <source>No one in the client&apos;s network has a phone number yet</source>
        <translation>Im Netzwerk der KlientIn hat noch niemand eine Telefonnummer</translation>
    </message>
    <message>
        <source>The card holds at most %1 numbers: remove one first.</source>
        <translation>Auf die Karte passen höchstens %1 Nummern: Entfernen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (on the card)</source>
        <translation>%1 (auf der Karte)</translation>
    </message>
    <message>
        <source>The text does not fit on the card, even in the smallest large print. Shorten the marked text or turn off large print:</source>
        <translation>Der Text passt selbst in der kleinsten Großdruck-Schrift nicht auf die Karte. Kürzen Sie den markierten Text oder schalten Sie den Großdruck aus:</translation>
    </message>
    <message>
        <source>The text does not fit on the card, even in the smallest print. Shorten the marked text:</source>
        <translation>Der Text passt selbst in kleinster Schrift nicht auf die Karte. Kürzen Sie den markierten Text:</translation>
    </message>
    <message numerus="yes">
        <source>The text needs more room than planned: the card prints as %n fold-out(s), numbers or situations continue on the next one.</source>
        <translation>
            <numerusform>Der Text braucht mehr Platz als vorgesehen: Die Karte wird als %n Faltkarte gedruckt; Nummern oder Situationen gehen auf der nächsten weiter.</numerusform>
            <numerusform>Der Text braucht mehr Platz als vorgesehen: Die Karte wird als %n Faltkarten gedruckt; Nummern oder Situationen gehen auf der nächsten weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card has no risk situation yet: it would print with empty inner panels.

Print it anyway?</source>
        <translation>Die Karte enthält noch keine Risikosituation: Innen bliebe sie leer.

Trotzdem drucken?</translation>
    </message>
    <message>
        <source>A relapse was recorded on %1 and the card is unchanged since.

Have you gone through it with the client? Yes prints it and marks it as looked at.</source>
        <translation>Am %1 wurde ein Rückfall erfasst, und die Karte ist seitdem unverändert.

Haben Sie sie mit der Klientin oder dem Klienten durchgesehen? „Ja“ druckt sie und vermerkt sie als durchgesehen.</translation>
    </message>
    <message>
        <source>This card does not fit and is not printed like this: shorten the text marked in the card editor.</source>
        <translation>Diese Karte passt nicht und wird so nicht gedruckt: Kürzen Sie den im Karteneditor markierten Text.</translation>
    </message>
    <message>
        <source>Preparing the card…</source>
        <translation>Karte wird vorbereitet …</translation>
    </message>
    <message>
        <source>Relapse card – preview</source>
        <translation>Rückfallkarte – Vorschau</translation>
    </message>
</context>
<context>
    <name>RelapseCardTab</name>
    <message>
        <source>&amp;Relapse card</source>
        <translation>&amp;Rückfallkarte</translation>
    </message>
    <message>
        <source>A relapse was recorded on %1: go through the card with the client. Saving a new version marks it as looked at.</source>
        <translation>Am %1 wurde ein Rückfall erfasst: die Karte mit der KlientIn durchgehen. Eine neu gespeicherte Fassung gilt als durchgesehen.</translation>
    </message>
</context>
<context>
    <name>RelapseDialog</name>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>what happened, in a few words</source>
        <translation>was geschehen ist, in wenigen Worten</translation>
    </message>
    <message>
        <source>Record relapse</source>
        <translation>Rückfall erfassen</translation>
    </message>
    <message>
        <source>This records the relapse (a late entry keeps its true date), plans a contact within 48 hours and a re-assessment, and marks the relapse card for review.</source>
        <translation>Erfasst den Rückfall (nachträglich mit dem wahren Datum), plant einen Kontakt innerhalb von 48 Stunden und ein neues Assessment und markiert die Rückfallkarte zur Durchsicht.</translation>
    </message>
    <message>
        <source>Contact after the relapse</source>
        <translation>Kontakt nach dem Rückfall</translation>
    </message>
    <message>
        <source>Re-assess after the relapse</source>
        <translation>Neues Assessment nach dem Rückfall</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release of confidentiality</source>
        <translation>Schweigepflichtentbindung</translation>
    </message>
    <message>
        <source>e.g. Jobcenter Mitte, Dr. Sommer</source>
        <translation>z. B. Jobcenter Mitte, Dr. Sommer</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>&amp;Helper:</source>
        <translation>&amp;Helfende Stelle:</translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>a person (name below)</source>
        <translation>eine Person (Name unten)</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>e.g. Dr. Sommer, when not in the directory</source>
        <translation>z. B. Dr. Sommer, wenn nicht im Verzeichnis</translation>
    </message>
    <message>
        <source>Life &amp;domains:</source>
        <translation>&amp;Lebensbereiche:</translation>
    </message>
    <message>
        <source>&amp;Kinds of information:</source>
        <translation>&amp;Art der Informationen:</translation>
    </message>
    <message>
        <source>Tick at least one life domain or kind of information the release covers.</source>
        <translation>Kreuzen Sie mindestens einen Lebensbereich oder eine Art von Information an, die die Entbindung umfasst.</translation>
    </message>
</context>
<context>
    <name>ReleaseOverrideDialog</name>
    <message>
        <source>No release of confidentiality</source>
        <extracomment>A new referral&apos;s follow-up, unless the worker sets another: check back after a week.</extracomment>
        <translation>Keine Schweigepflichtentbindung</translation>
    </message>
    <message>
        <source>There is no release of confidentiality for %1. Refer anyway?</source>
        <translation>Für %1 liegt keine Schweigepflichtentbindung vor. Trotzdem vermitteln?</translation>
    </message>
    <message>
        <source>Why refer without it (kept with the referral)</source>
        <translation>Warum ohne sie vermitteln (wird bei der Vermittlung gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Refer &amp;anyway</source>
        <translation>&amp;Trotzdem vermitteln</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>why the case is taken on again</source>
        <translation>warum der Fall wieder aufgenommen wird</translation>
    </message>
    <message>
        <source>Reopen as a new episode</source>
        <translation>Als neue Episode wieder aufnehmen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Restore as a &amp;new desk:</source>
        <translation>Als &amp;neuen Arbeitsplatz wiederherstellen:</translation>
    </message>
    <message>
        <source>&amp;Replace this desk (CaseDesk locks first)</source>
        <translation>Diesen Arbeitsplatz &amp;ersetzen (CaseDesk sperrt zuvor)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase of the backup:</source>
        <translation>&amp;Passphrase der Sicherung:</translation>
    </message>
    <message>
        <source>The backup is checked first: its passphrase, its version and every page. The restored desk opens with the backup&apos;s passphrase.</source>
        <translation>Die Sicherung wird zuerst geprüft: ihre Passphrase, ihre Version und jede Seite. Der wiederhergestellte Arbeitsplatz öffnet sich mit der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore as a new desk</source>
        <translation>Als neuen Arbeitsplatz wiederherstellen</translation>
    </message>
    <message>
        <source>CaseDesk desks (*.casedesk);;All files (*)</source>
        <translation>CaseDesk-Arbeitsplätze (*.casedesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Wählen Sie die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <source>Replace this desk?</source>
        <translation>Diesen Arbeitsplatz ersetzen?</translation>
    </message>
    <message>
        <source>CaseDesk locks, puts the backup in place of this desk and asks for the backup&apos;s passphrase. What was recorded after the backup and not synced is lost. Replace this desk?</source>
        <translation>CaseDesk sperrt, setzt die Sicherung an die Stelle dieses Arbeitsplatzes und fragt nach der Passphrase der Sicherung. Was nach der Sicherung erfasst und nicht synchronisiert wurde, geht verloren. Diesen Arbeitsplatz ersetzen?</translation>
    </message>
    <message>
        <source>A desk file of this name exists. Replace it?</source>
        <translation>Eine Arbeitsplatz-Datei mit diesem Namen gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>The backup was restored to %1. Open it now? This desk locks first.</source>
        <translation>Die Sicherung wurde nach %1 wiederhergestellt. Jetzt öffnen? Dieser Arbeitsplatz wird zuvor gesperrt.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Aufbewahrungsfristen prüfen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>KlientIn</translation>
    </message>
    <message>
        <source>Last case closed</source>
        <translation>Letzter Fall abgeschlossen</translation>
    </message>
    <message>
        <source>Years since</source>
        <translation>Jahre seitdem</translation>
    </message>
    <message>
        <source>Clients due for erasure</source>
        <translation>KlientInnen, deren Daten zu löschen sind</translation>
    </message>
    <message>
        <source>No client is due for erasure.</source>
        <translation>Bei keiner KlientIn ist die Aufbewahrungsfrist abgelaufen.</translation>
    </message>
    <message>
        <source>&amp;Tick all</source>
        <translation>&amp;Alle ankreuzen</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>Kreuze &amp;entfernen</translation>
    </message>
    <message>
        <source>Years the team keeps closed cases</source>
        <translation>Jahre, die das Team abgeschlossene Fälle aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases (years):</source>
        <translation>Abgeschlossene Fälle aufbewahren (&amp;Jahre):</translation>
    </message>
    <message>
        <source>Set &amp;period</source>
        <translation>&amp;Frist festlegen</translation>
    </message>
    <message>
        <source>Number of clients to erase</source>
        <translation>Anzahl der zu löschenden KlientInnen</translation>
    </message>
    <message>
        <source>&amp;Erase ticked clients</source>
        <translation>Angekreuzte &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>The team keeps a client&apos;s data %n year(s) after their last case closed. These clients&apos; cases are all closed, the last one longer ago than that, and they have had no contact since. Tick each client you have checked, then type how many you ticked to erase them for good.</source>
        <translation>
            <numerusform>Das Team bewahrt die Daten von Klient/innen %n Jahr nach dem Abschluss des letzten Falls auf. Die Fälle dieser Klient/innen sind alle abgeschlossen, der letzte vor längerer Zeit, und seitdem gab es keinen Kontakt. Kreuzen Sie alle an, die Sie geprüft haben, und geben Sie dann die Anzahl der angekreuzten ein, um sie endgültig zu löschen.</numerusform>
            <numerusform>Das Team bewahrt die Daten von Klient/innen %n Jahre nach dem Abschluss des letzten Falls auf. Die Fälle dieser Klient/innen sind alle abgeschlossen, der letzte vor längerer Zeit, und seitdem gab es keinen Kontakt. Kreuzen Sie alle an, die Sie geprüft haben, und geben Sie dann die Anzahl der angekreuzten ein, um sie endgültig zu löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To confirm, type the number of clients ticked: &lt;b&gt;%n&lt;/b&gt;</source>
        <translation>
            <numerusform>Geben Sie zur Bestätigung die Anzahl der angekreuzten Klient/innen ein: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>Geben Sie zur Bestätigung die Anzahl der angekreuzten Klient/innen ein: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the clients to erase.</source>
        <translation>Kreuzen Sie die KlientInnen an, die gelöscht werden sollen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Erasing %v of %m…</source>
        <translation>Lösche %v von %m …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased.</source>
        <translation>
            <numerusform>%n Klient/in gelöscht.</numerusform>
            <numerusform>%n Klient/innen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the others; they are still on the list.</source>
        <translation>Vor den übrigen angehalten; sie stehen weiter auf der Liste.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Street round</source>
        <translation>Straßenrunde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>e.g. Kottbusser Tor</source>
        <translation>z. B. Kottbusser Tor</translation>
    </message>
    <message>
        <source>When more were met than the table counts, or only roughly how many</source>
        <translation>Wenn mehr angetroffen wurden, als die Tabelle zählt, oder nur ungefähr wie viele</translation>
    </message>
    <message>
        <source>&amp;approximate</source>
        <translation>ge&amp;schätzt</translation>
    </message>
    <message>
        <source>Counts only: no names here</source>
        <translation>Nur Zahlen: hier keine Namen</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>People &amp;met:</source>
        <translation>&amp;Angetroffen:</translation>
    </message>
    <message>
        <source>&amp;In all:</source>
        <translation>&amp;Insgesamt:</translation>
    </message>
    <message>
        <source>&amp;Talks:</source>
        <translation>&amp;Gespräche:</translation>
    </message>
    <message>
        <source>It&amp;ems:</source>
        <translation>&amp;Material:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>Round saved: %n people met</source>
        <translation>
            <numerusform>Runde gespeichert: %n Person angetroffen</numerusform>
            <numerusform>Runde gespeichert: %n Personen angetroffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Round not saved</source>
        <translation>Runde nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard round?</source>
        <translation>Runde verwerfen?</translation>
    </message>
    <message>
        <source>The counts you entered will be lost.</source>
        <translation>Die eingegebenen Zahlen gehen verloren.</translation>
    </message>
</context>
<context>
    <name>RoundPlanDialog</name>
    <message>
        <source>Plan outreach round</source>
        <extracomment>The sheet is ready: its PDF (the preview shows it, saves it where the worker chooses, prints it).</extracomment>
        <translation>Aufsuchende Runde planen</translation>
    </message>
    <message>
        <source>Clients a contact rule lists on Today; the overdue are ticked. Space ticks or unticks. The sheet shows where each was last seen, their usual places and hours, the description they agreed to and what to do if you do not find them. Enter the results afterwards with Today › Round results…</source>
        <translation>KlientInnen, die eine Kontaktregel unter Heute nennt; die überfälligen sind angehakt. Die Leertaste hakt an oder ab. Der Zettel zeigt, wo jede Person zuletzt gesehen wurde, ihre üblichen Orte und Zeiten, die Beschreibung, der sie zugestimmt hat, und was zu tun ist, wenn man sie nicht antrifft. Die Ergebnisse danach unter Heute › Ergebnisse der Runde … eintragen.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>KlientIn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Where to find</source>
        <translation>Wo zu finden</translation>
    </message>
    <message>
        <source>Clients for the round</source>
        <translation>KlientInnen für die Runde</translation>
    </message>
    <message>
        <source>No client is due for a contact.</source>
        <translation>Bei niemandem ist ein Kontakt fällig.</translation>
    </message>
    <message>
        <source>&amp;Print round…</source>
        <translation>Runde &amp;drucken …</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message numerus="yes">
        <source>not met for %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag nicht getroffen</numerusform>
            <numerusform>seit %n Tagen nicht getroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag kein Kontakt</numerusform>
            <numerusform>seit %n Tagen kein Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Preparing the round sheet…</source>
        <translation>Der Zettel für die Runde wird erstellt …</translation>
    </message>
    <message>
        <source>Round not printed</source>
        <translation>Runde nicht gedruckt</translation>
    </message>
</context>
<context>
    <name>RoundResultsDialog</name>
    <message>
        <source>Round results</source>
        <translation>Ergebnisse der Runde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Round &amp;on:</source>
        <translation>&amp;Datum der Runde:</translation>
    </message>
    <message>
        <source>&amp;Minutes per client met:</source>
        <translation>&amp;Minuten je angetroffener Person:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>KlientIn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No round is planned and no client is due for a contact.</source>
        <translation>Keine Runde geplant, und bei niemandem ist ein Kontakt fällig.</translation>
    </message>
    <message>
        <source>&amp;Save results</source>
        <translation>Ergebnisse &amp;speichern</translation>
    </message>
    <message>
        <source>The round planned on %1. Met records a street contact; not met records “tried to reach”, which counts for the contact rules. Leave “not looked for” for a client you did not get to.</source>
        <translation>Die Runde, geplant am %1. „Angetroffen“ erfasst einen Straßenkontakt, „nicht angetroffen“ erfasst „versucht zu erreichen“, was für die Kontaktregeln zählt. „Nicht gesucht“ stehen lassen, wenn Sie jemanden nicht erreicht haben.</translation>
    </message>
    <message>
        <source>No round was printed: the clients due for a contact. Met records a street contact; not met records “tried to reach”, which counts for the contact rules.</source>
        <translation>Keine Runde gedruckt: die KlientInnen, bei denen ein Kontakt fällig ist. „Angetroffen“ erfasst einen Straßenkontakt, „nicht angetroffen“ erfasst „versucht zu erreichen“, was für die Kontaktregeln zählt.</translation>
    </message>
    <message>
        <source>not looked for</source>
        <translation>nicht gesucht</translation>
    </message>
    <message>
        <source>met</source>
        <translation>angetroffen</translation>
    </message>
    <message>
        <source>not met (tried to reach)</source>
        <translation>nicht angetroffen (versucht zu erreichen)</translation>
    </message>
    <message>
        <source>Outcome for %1</source>
        <translation>Ergebnis für %1</translation>
    </message>
    <message>
        <source>Place for %1</source>
        <translation>Ort für %1</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>Notiz für %1</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Ergebnisse nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>RuleSettingDialog</name>
    <message>
        <source>Rule &amp;on</source>
        <translation>Regel &amp;an</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>The rule: %1 (the method&apos;s default: %2).</source>
        <translation>Die Regel: %1 (Vorgabe der Methode: %2).</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message numerus="yes">
        <source>a contact at least every %n day(s)</source>
        <translation>
            <numerusform>ein Kontakt spätestens nach %n Tag</numerusform>
            <numerusform>ein Kontakt spätestens nach %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by a contact within %n day(s)</source>
        <translation>
            <numerusform>durch einen Kontakt innerhalb von %n Tag</numerusform>
            <numerusform>durch einen Kontakt innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>listed %n day(s) before the date</source>
        <translation>
            <numerusform>%n Tag vor dem Datum aufgeführt</numerusform>
            <numerusform>%n Tage vor dem Datum aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>CaseDesk locks itself when you have not used it for this long. You can always lock at once with Ctrl+L.</source>
        <translation>CaseDesk sperrt sich, wenn Sie es so lange nicht benutzt haben. Mit Strg+L können Sie jederzeit sofort sperren.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Sperren nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Passphrase</source>
        <extracomment>Set by Cancel while the passphrase changes; the export stops at its next check.</extracomment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Neue wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>&amp;Passphrase ändern</translation>
    </message>
    <message>
        <source>Every page of the desk is encrypted again under the new passphrase, into a copy that takes the desk&apos;s place when it is complete (about half a minute for a very big desk). Until then Cancel leaves the desk as it was. The rolling backups are made anew under the new passphrase; backups you saved elsewhere keep the passphrase they were made with.</source>
        <translation>Jede Seite des Arbeitsplatzes wird unter der neuen Passphrase neu verschlüsselt, in eine Kopie, die den Arbeitsplatz ersetzt, sobald sie fertig ist (etwa eine halbe Minute bei einem sehr großen Arbeitsplatz). Bis dahin lässt Abbrechen den Arbeitsplatz, wie er war. Die rollierenden Sicherungen werden unter der neuen Passphrase neu angelegt; Sicherungen, die Sie anderswo gespeichert haben, behalten ihre Passphrase.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Schlüsselableitung:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <source>Auto-lock (this computer)</source>
        <translation>Automatisch sperren (dieser Computer)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>%1, every page authenticated with %2</source>
        <translation>%1, jede Seite mit %2 authentifiziert</translation>
    </message>
    <message>
        <source>%1, %2 iterations</source>
        <translation>%1, %2 Iterationen</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Passphrase changed. From now on only the new passphrase opens this desk.</source>
        <translation>Passphrase geändert. Ab jetzt öffnet nur noch die neue Passphrase diesen Arbeitsplatz.</translation>
    </message>
</context>
<context>
    <name>SelfEfficacyDialog</name>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>1 not at all true</source>
        <translation>1 stimmt nicht</translation>
    </message>
    <message>
        <source>2 hardly true</source>
        <translation>2 stimmt kaum</translation>
    </message>
    <message>
        <source>3 moderately true</source>
        <translation>3 stimmt eher</translation>
    </message>
    <message>
        <source>4 exactly true</source>
        <translation>4 stimmt genau</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>General self-efficacy</source>
        <translation>Allgemeine Selbstwirksamkeit</translation>
    </message>
    <message>
        <source>Sum: %1 of 40</source>
        <translation>Summe: %1 von 40</translation>
    </message>
    <message numerus="yes">
        <source>No sum yet: %n item(s) not answered (at most 3 may be missing)</source>
        <translation>
            <numerusform>Noch keine Summe: %n Aussage nicht beantwortet (höchstens 3 dürfen fehlen)</numerusform>
            <numerusform>Noch keine Summe: %n Aussagen nicht beantwortet (höchstens 3 dürfen fehlen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signed by the &amp;client on:</source>
        <translation>Von der &amp;Klientin / dem Klienten unterschrieben am:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Signed by the case &amp;manager on:</source>
        <translation>Vom &amp;Case Management unterschrieben am:</translation>
    </message>
    <message>
        <source>Sign the plan</source>
        <translation>Hilfeplan unterschreiben</translation>
    </message>
    <message>
        <source>Once both have signed, this version is frozen: a change makes a new version.</source>
        <translation>Sobald beide unterschrieben haben, ist diese Version eingefroren: eine Änderung ergibt eine neue Version.</translation>
    </message>
</context>
<context>
    <name>SituationBox</name>
    <message>
        <source>Risk situation %1</source>
        <translation>Risikosituation %1</translation>
    </message>
    <message>
        <source>In the client&apos;s own words: when, where, with whom, how it starts</source>
        <translation>In den eigenen Worten der Person: wann, wo, mit wem, wie es beginnt</translation>
    </message>
    <message>
        <source>Situation %1</source>
        <translation>Situation %1</translation>
    </message>
    <message>
        <source>What the client can realistically do instead</source>
        <translation>Was die Person realistisch stattdessen tun kann</translation>
    </message>
    <message>
        <source>Alternatives %1</source>
        <translation>Alternativen %1</translation>
    </message>
    <message>
        <source>A trusted person, the outreach team, a crisis line</source>
        <translation>Eine Vertrauensperson, das Streetwork-Team, ein Krisentelefon</translation>
    </message>
    <message>
        <source>Type part of a name from the client&apos;s network to fill in the person and their number.</source>
        <translation>Tippen Sie einen Teil eines Namens aus dem Netzwerk der KlientIn, um die Person mit ihrer Nummer einzusetzen.</translation>
    </message>
    <message>
        <source>Whom to turn to %1</source>
        <translation>An wen wenden %1</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>Auslöser:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternativen:</translation>
    </message>
    <message>
        <source>Whom to turn to:</source>
        <translation>An wen wenden:</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Put off &amp;until:</source>
        <translation>&amp;Zurückstellen bis:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Why it can wait, e.g. in hospital until then</source>
        <translation>Warum es warten kann, z. B. bis dahin im Krankenhaus</translation>
    </message>
    <message>
        <source>Put off</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3). Today lists it again on the day you choose.</source>
        <translation>%1 — %2 (%3). „Heute“ zeigt es an dem gewählten Tag wieder.</translation>
    </message>
    <message>
        <source>Put off before:</source>
        <translation>Früher zurückgestellt:</translation>
    </message>
    <message>
        <source>until %1 (%2, %3): %4</source>
        <translation>bis %1 (%2, %3): %4</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stadium:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Veränderungsstadium</translation>
    </message>
    <message>
        <source>A relapse is recorded with Record relapse…: it also plans the next steps.</source>
        <translation>Einen Rückfall mit „Rückfall erfassen…“ festhalten: das plant auch die nächsten Schritte.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Counting case episodes and end reasons…</source>
        <translation>Betreuungsepisoden und Beendigungsgründe werden gezählt …</translation>
    </message>
    <message>
        <source>Counting contacts…</source>
        <translation>Kontakte werden gezählt …</translation>
    </message>
    <message>
        <source>Counting clients by sex, age and main substance…</source>
        <translation>KlientInnen werden nach Geschlecht, Alter und Hauptsubstanz gezählt …</translation>
    </message>
    <message>
        <source>Counting housing situations and services used…</source>
        <translation>Wohnsituationen und genutzte Hilfen werden gezählt …</translation>
    </message>
    <message>
        <source>Counting street work and items handed out…</source>
        <translation>Streetwork und ausgegebene Materialien werden gezählt …</translation>
    </message>
    <message>
        <source>Adding up working time…</source>
        <translation>Arbeitszeit wird zusammengerechnet …</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben …</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Einen Moment …</translation>
    </message>
    <message>
        <source>Statistics for funders</source>
        <extracomment>The file was written (its path).</extracomment>
        <translation>Statistik für Zuwendungsgeber</translation>
    </message>
    <message>
        <source>Figures of a period as funders ask for them (addiction care, homeless help, street work, working time), each with a line saying which records it counts. They name no client.</source>
        <translation>Zahlen eines Zeitraums, wie Zuwendungsgeber sie verlangen (Suchthilfe, Wohnungslosenhilfe, Streetwork, Arbeitszeit), jede mit einer Zeile, welche Einträge sie zählt. Sie nennen keine KlientIn.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Gewählte Tage</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s figures (every worker whose records this desk holds), each worker&apos;s beside them</source>
        <translation>Zahlen des &amp;Teams (alle Fachkräfte, deren Daten dieser Rechner hält), die jeder Fachkraft daneben</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation>PDF mit Diagrammen</translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>The last day lies before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Statistik speichern</translation>
    </message>
    <message>
        <source>This file is no statistics file of this kind and is never replaced. Choose another name.</source>
        <translation>Diese Datei ist keine Statistikdatei dieser Art und wird nie ersetzt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Abgebrochen: nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Street</name>
    <message>
        <source>syringes</source>
        <extracomment>How long an activity is when the worker has not recorded one of its kind yet.</extracomment>
        <translation>Spritzen</translation>
    </message>
    <message>
        <source>needles</source>
        <translation>Kanülen</translation>
    </message>
    <message>
        <source>naloxone kits</source>
        <translation>Naloxon-Kits</translation>
    </message>
    <message>
        <source>foil</source>
        <translation>Rauchfolien</translation>
    </message>
    <message>
        <source>pipes</source>
        <translation>Pfeifen</translation>
    </message>
    <message>
        <source>condoms</source>
        <translation>Kondome</translation>
    </message>
    <message>
        <source>food</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <source>sleeping bags</source>
        <translation>Schlafsäcke</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation>Kleidung</translation>
    </message>
    <message>
        <source>hygiene articles</source>
        <translation>Hygieneartikel</translation>
    </message>
    <message>
        <source>information material</source>
        <translation>Infomaterial</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Teamsitzung</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Fahrtzeit</translation>
    </message>
    <message>
        <source>Network work without the client</source>
        <translation>Netzwerkarbeit ohne Klient/in</translation>
    </message>
    <message>
        <source>Further training</source>
        <translation>Fortbildung</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>60 and older</source>
        <translation>60 und älter</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>unter 18</translation>
    </message>
    <message>
        <source>“%1” names more than one item.</source>
        <translation>„%1“ passt auf mehr als ein Material.</translation>
    </message>
    <message>
        <source>“%1” is no item on the team&apos;s list.</source>
        <translation>„%1“ steht nicht auf der Materialliste des Teams.</translation>
    </message>
    <message>
        <source>Two numbers follow each other: %1.</source>
        <translation>Zwei Zahlen hintereinander: %1.</translation>
    </message>
    <message>
        <source>Which item are the last %1?</source>
        <translation>Welches Material sind die letzten %1?</translation>
    </message>
    <message>
        <source>At most %1 of one item.</source>
        <translation>Höchstens %1 von einem Material.</translation>
    </message>
    <message>
        <source>e.g. 10 syringes, 1 naloxone</source>
        <translation>z. B. 10 Spritzen, 1 Naloxon</translation>
    </message>
    <message>
        <source>Items on the team&apos;s list: %1</source>
        <translation>Material auf der Liste des Teams: %1</translation>
    </message>
    <message>
        <source>nothing handed out</source>
        <translation>nichts ausgegeben</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the office</source>
        <translation>Synchronisation mit dem Büro</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Zentraler Speicher</translation>
    </message>
    <message>
        <source>Check and save connection</source>
        <translation>Verbindung prüfen und speichern</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>A&amp;nmeldename:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The office gives you the login and token. They are kept only inside your encrypted desk.</source>
        <translation>Anmeldename und Token bekommen Sie vom Büro. Sie werden nur in Ihrem verschlüsselten Arbeitsplatz gespeichert.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>Als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>A&amp;bgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Sync is not set up yet: enter the connection above.</source>
        <translation>Die Synchronisation ist noch nicht eingerichtet: Geben Sie oben die Verbindung ein.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Letzte erfolgreiche Synchronisation: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>&amp;Konflikte (%n)</numerusform>
            <numerusform>&amp;Konflikte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%n)</source>
        <translation>
            <numerusform>A&amp;bgelehnte Änderungen (%n)</numerusform>
            <numerusform>A&amp;bgelehnte Änderungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Connection saved.</source>
        <translation>Verbindung gespeichert.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync is not set up yet. Ask the office for your login and token.</source>
        <translation>Die Synchronisation ist noch nicht eingerichtet. Fragen Sie im Büro nach Anmeldename und Token.</translation>
    </message>
    <message>
        <source>The office&apos;s central store cannot be reached. Nothing was lost; try again when you are online.</source>
        <translation>Der zentrale Speicher im Büro ist nicht erreichbar. Nichts ist verloren gegangen; versuchen Sie es wieder, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>The central store refused your login. Ask the office for new credentials.</source>
        <translation>Der zentrale Speicher hat Ihre Anmeldung abgelehnt. Fragen Sie im Büro nach neuen Zugangsdaten.</translation>
    </message>
    <message>
        <source>There is no CaseDesk central store at the configured address.</source>
        <translation>Unter der eingerichteten Adresse gibt es keinen zentralen CaseDesk-Speicher.</translation>
    </message>
    <message>
        <source>This laptop was revoked by the office. Its local copy has been wiped.</source>
        <translation>Das Büro hat diesen Laptop gesperrt. Die lokale Kopie wurde gelöscht.</translation>
    </message>
    <message>
        <source>The central store needs a newer CaseDesk. Please update; nothing was sent.</source>
        <translation>Der zentrale Speicher braucht eine neuere CaseDesk-Version. Bitte aktualisieren; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The central store is older than this CaseDesk. Please tell the office.</source>
        <translation>Der zentrale Speicher ist älter als dieses CaseDesk. Bitte geben Sie dem Büro Bescheid.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is ahead of the office&apos;s. Correct the date and time, then sync again.</source>
        <translation>Die Uhr dieses Laptops geht gegenüber dem Büro vor. Korrigieren Sie Datum und Uhrzeit und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>These credentials belong to another worker.</source>
        <translation>Diese Zugangsdaten gehören einer anderen Fachkraft.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was already sent stays sent.</source>
        <translation>Synchronisation abgebrochen. Was schon gesendet wurde, bleibt gesendet.</translation>
    </message>
    <message>
        <source>The office has disabled your account. Nothing was lost; ask the office to enable it again.</source>
        <translation>Das Büro hat Ihr Konto gesperrt. Nichts ging verloren; bitten Sie das Büro, es wieder freizugeben.</translation>
    </message>
    <message>
        <source>The central store refused part of this sync. Nothing of it was lost; sync again later, and tell the office if this keeps happening.</source>
        <translation>Der zentrale Speicher hat einen Teil dieser Synchronisation abgelehnt. Nichts ging verloren; synchronisieren Sie später erneut und sagen Sie dem Büro Bescheid, wenn das wieder passiert.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Die Synchronisation ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Applied: %1 · merged: %2 · refused: %3 · received: %4.</source>
        <translation>Übernommen: %1 · zusammengeführt: %2 · abgelehnt: %3 · empfangen: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) no longer yours were removed.</source>
        <translation>
            <numerusform>%n Klient/in, für den/die Sie nicht mehr zuständig sind, wurde entfernt.</numerusform>
            <numerusform>%n Klient/innen, für die Sie nicht mehr zuständig sind, wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) were erased.</source>
        <translation>
            <numerusform>%n Klient/in wurde gelöscht.</numerusform>
            <numerusform>%n Klient/innen wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s) wait for your decision.</source>
        <translation>
            <numerusform>%n abgelehnte Änderung wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n abgelehnte Änderungen warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need resolving.</source>
        <translation>
            <numerusform>%n Konflikt muss gelöst werden.</numerusform>
            <numerusform>%n Konflikte müssen gelöst werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Cancel s&amp;ync</source>
        <translation>Synchronisation a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Not synced in this session.</source>
        <translation>In dieser Sitzung noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation läuft…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Änderungen werden gesendet…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Änderungen werden empfangen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Set up:</source>
        <translation>Eingerichtet:</translation>
    </message>
    <message>
        <source>Central store:</source>
        <translation>Zentraler Speicher:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisation:</translation>
    </message>
    <message>
        <source>Unsynced changes:</source>
        <translation>Nicht synchronisierte Änderungen:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Offene Konflikte:</translation>
    </message>
    <message>
        <source>The connection is set up and syncs are run in the Sync window (Ctrl+Shift+S) or with casedesk sync-setup. The token is kept inside the encrypted desk and never shown.</source>
        <translation>Die Verbindung wird im Fenster Synchronisieren (Strg+Umschalt+S) oder mit casedesk sync-setup eingerichtet, dort wird auch synchronisiert. Der Token liegt nur im verschlüsselten Arbeitsplatz und wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Sync connection</source>
        <translation>Sync-Verbindung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>e.g. before the move to the hostel</source>
        <translation>z. B. vor dem Umzug ins Wohnheim</translation>
    </message>
    <message>
        <source>Take snapshot of the map</source>
        <translation>Stand der Netzwerkkarte festhalten</translation>
    </message>
    <message>
        <source>The map is kept as it is today and never changes, so you can show the client later how the network changed.</source>
        <translation>Die Karte wird so festgehalten, wie sie heute ist, und ändert sich nicht mehr – so können Sie der KlientIn später zeigen, wie sich das Netzwerk verändert hat.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task for %1</source>
        <translation>Neue Aufgabe für %1</translation>
    </message>
    <message>
        <source>e.g. accompany to the doctor</source>
        <translation>z. B. Begleitung zum Arzt</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <source>at a set time (appointment)</source>
        <translation>zu fester Uhrzeit (Termin)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>due %1</source>
        <extracomment>A task was ticked done (True) or reopened (False) here: its title, for a status line. Tasks ticked done in this list and not reopened since, the latest last.</extracomment>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation>Aufgabe nicht geändert</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe …</translation>
    </message>
    <message>
        <source>Tick a task (Space) to mark it done.</source>
        <translation>Eine Aufgabe abhaken (Leertaste), wenn sie erledigt ist.</translation>
    </message>
    <message>
        <source>T&amp;asks (%1)</source>
        <translation>A&amp;ufgaben (%1)</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>A&amp;ufgaben</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>&amp;Put off…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>Put the selected line off until a date, with a reason</source>
        <translation>Die gewählte Zeile mit einer Begründung bis zu einem Datum zurückstellen</translation>
    </message>
    <message>
        <source>Plan outreach &amp;round…</source>
        <translation>Aufsuchende &amp;Runde planen …</translation>
    </message>
    <message>
        <source>Print a round to look for the clients due for a contact</source>
        <translation>Eine Runde drucken, um die KlientInnen aufzusuchen, bei denen ein Kontakt fällig ist</translation>
    </message>
    <message>
        <source>Round result&amp;s…</source>
        <translation>&amp;Ergebnisse der Runde …</translation>
    </message>
    <message>
        <source>After the round: who was met, who was not</source>
        <translation>Nach der Runde: wer angetroffen wurde, wer nicht</translation>
    </message>
    <message>
        <source>Return or a double-click opens the client where the line is dealt with; “Put off” puts the selected line off until a date. Space ticks a task done; Ctrl+Z reopens the task ticked last.</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Klient/in dort, wo die Zeile erledigt wird; „Zurückstellen“ stellt die gewählte Zeile bis zu einem Datum zurück. Die Leertaste hakt eine Aufgabe ab; Strg+Z öffnet die zuletzt abgehakte wieder.</translation>
    </message>
    <message numerus="yes">
        <source>not met for %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag nicht getroffen</numerusform>
            <numerusform>seit %n Tagen nicht getroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag kein Kontakt</numerusform>
            <numerusform>seit %n Tagen kein Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>appointment on %1</source>
        <translation>Termin am %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the service plan</source>
        <translation>der Hilfeplan</translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation>begonnen am %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>To follow up: %n line(s)</source>
        <translation>
            <numerusform>Nachzuhalten: %n Zeile</numerusform>
            <numerusform>Nachzuhalten: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Outreach round</source>
        <translation>Aufsuchende Runde</translation>
    </message>
    <message>
        <source>Round recorded: %1 met, %2 not met (tried to reach).</source>
        <translation>Runde erfasst: %1 angetroffen, %2 nicht angetroffen (versucht zu erreichen).</translation>
    </message>
    <message>
        <source>“%1” is done. Ctrl+Z or unticking it reopens it.</source>
        <translation>„%1“ ist erledigt. Strg+Z oder den Haken entfernen öffnet sie wieder.</translation>
    </message>
    <message>
        <source>“%1” is open again.</source>
        <translation>„%1“ ist wieder offen.</translation>
    </message>
    <message>
        <source>Where to find</source>
        <translation>Wo anzutreffen</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message>
        <source>Your clients and the clients you deputise for. Rules: %1.</source>
        <translation>Ihre Klient/innen und die, die Sie vertreten. Regeln: %1.</translation>
    </message>
    <message>
        <source>Tasks due (%1)</source>
        <translation>Fällige Aufgaben (%1)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock CaseDesk</source>
        <translation>CaseDesk entsperren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your desk is locked.&lt;/b&gt;&lt;br&gt;Enter your passphrase to unlock it.</source>
        <translation>&lt;b&gt;Ihr Arbeitsplatz ist gesperrt.&lt;/b&gt;&lt;br&gt;Geben Sie Ihre Passphrase ein, um ihn zu entsperren.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Bitte geben Sie Ihre Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>UsualPlaceDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Minutes a contact met on the round counts unless the worker says otherwise (a KDS contact: 10).</extracomment>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>e.g. Kottbusser Tor, Praxis Dr. Sommer</source>
        <translation>z. B. Kottbusser Tor, Praxis Dr. Sommer</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Zeiten:</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 8–10, dosing at 9</source>
        <translation>z. B. Mo–Fr 8–10, Vergabe um 9</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation>Üblicher Ort</translation>
    </message>
    <message>
        <source>Edit usual place</source>
        <translation>Üblichen Ort bearbeiten</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Clarification</source>
        <translation>Klärungsphase</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Service planning</source>
        <translation>Hilfeplanung</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Macro goal</source>
        <translation>Leitziel</translation>
    </message>
    <message>
        <source>Meso goal</source>
        <translation>Handlungsziel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Case Manager/in</translation>
    </message>
    <message>
        <source>Network person</source>
        <translation>Person aus dem Netzwerk</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Declined by the helper</source>
        <translation>Von der Einrichtung abgelehnt</translation>
    </message>
    <message>
        <source>Declined by the client</source>
        <translation>Von der KlientIn abgelehnt</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Hilfe nicht verfügbar</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
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
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Release of confidentiality</source>
        <translation>Schweigepflichtentbindung</translation>
    </message>
    <message>
        <source>Case episode</source>
        <translation>Fallverlauf</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Relapse-prevention card</source>
        <translation>Rückfallpräventionskarte</translation>
    </message>
    <message>
        <source>Team phone number</source>
        <translation>Telefonnummer des Teams</translation>
    </message>
    <message>
        <source>Helper directory entry</source>
        <translation>Eintrag im Hilfeverzeichnis</translation>
    </message>
    <message>
        <source>Life domain (team)</source>
        <translation>Lebensbereich (Team)</translation>
    </message>
    <message>
        <source>Monitoring rule setting</source>
        <translation>Einstellung einer Monitoring-Regel</translation>
    </message>
    <message>
        <source>Assessment of a life domain</source>
        <translation>Assessment eines Lebensbereichs</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Hilfeplan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Service in the plan</source>
        <translation>Leistung im Hilfeplan</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Referral state change</source>
        <translation>Änderung einer Vermittlung</translation>
    </message>
    <message>
        <source>Monitoring rule put off</source>
        <translation>Zurückgestellte Monitoring-Regel</translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation>Üblicher Ort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Card made on</source>
        <translation>Karte erstellt am</translation>
    </message>
    <message>
        <source>Life domains released</source>
        <translation>Freigegebene Lebensbereiche</translation>
    </message>
    <message>
        <source>Kinds of information released</source>
        <translation>Freigegebene Arten von Informationen</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Einwilligung widerrufen am</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Weitergegeben an</translation>
    </message>
    <message>
        <source>Under release</source>
        <translation>Auf Grund der Schweigepflichtentbindung</translation>
    </message>
    <message>
        <source>Life domains shared</source>
        <translation>Weitergegebene Lebensbereiche</translation>
    </message>
    <message>
        <source>Kinds of information shared</source>
        <translation>Weitergegebene Arten von Informationen</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Was weitergegeben wurde</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Description the client agreed to</source>
        <translation>Beschreibung mit Zustimmung der Person</translation>
    </message>
    <message>
        <source>Description agreed on</source>
        <translation>Beschreibung zugestimmt am</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Art des Ortes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Stelle in der Liste</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <source>Joined into the case</source>
        <translation>Zusammengeführt in den Fall</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation>Fallzahlgrenze</translation>
    </message>
    <message>
        <source>Years kept after the last case closed</source>
        <translation>Aufbewahrung nach Abschluss des letzten Falls (Jahre)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Alias / street name</source>
        <translation>Alias / Straßenname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of birth approximate</source>
        <translation>Geburtsdatum ungefähr</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Where to find them</source>
        <translation>Wo anzutreffen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No fixed abode</source>
        <translation>Ohne festen Wohnsitz</translation>
    </message>
    <message>
        <source>Emergency notes</source>
        <translation>Notfallhinweise</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Einwilligung Datenverarbeitung</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Zuständige Fachkraft</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Deputy from</source>
        <translation>Vertretung ab</translation>
    </message>
    <message>
        <source>Deputy until</source>
        <translation>Vertretung bis</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Übergabenotiz</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archiviert am</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient/in</translation>
    </message>
    <message>
        <source>Met through outreach</source>
        <translation>Über aufsuchende Arbeit</translation>
    </message>
    <message>
        <source>Came to us</source>
        <translation>Ist zu uns gekommen</translation>
    </message>
    <message>
        <source>Referred by someone</source>
        <translation>Vermittelt</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <source>Digitally</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Tie between network persons</source>
        <translation>Beziehung zwischen Netzwerkpersonen</translation>
    </message>
    <message>
        <source>Ecomap snapshot</source>
        <translation>Stand der Netzwerkkarte</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Instrument item (team)</source>
        <translation>Aussage eines Instruments (Team)</translation>
    </message>
    <message>
        <source>Street round</source>
        <translation>Straßenrunde</translation>
    </message>
    <message>
        <source>Harm-reduction item (team)</source>
        <translation>Material der Schadensminderung (Team)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Informal or formal</source>
        <translation>Informell oder formell</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Direction of support</source>
        <translation>Richtung der Unterstützung</translation>
    </message>
    <message>
        <source>Contact frequency</source>
        <translation>Kontakthäufigkeit</translation>
    </message>
    <message>
        <source>Life domains covered</source>
        <translation>Abgedeckte Lebensbereiche</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Place on the map (across)</source>
        <translation>Platz auf der Karte (waagrecht)</translation>
    </message>
    <message>
        <source>Place on the map (down)</source>
        <translation>Platz auf der Karte (senkrecht)</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Erste Person</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Zweite Person</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Festgehalten am</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Die Karte</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Veränderungsstadium</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Wortlaut der Aussage</translation>
    </message>
    <message>
        <source>Relapse card to review since</source>
        <translation>Rückfallkarte durchzusehen seit</translation>
    </message>
    <message>
        <source>Strength of the tie</source>
        <translation>Stärke der Beziehung</translation>
    </message>
    <message>
        <source>Quality of the tie</source>
        <translation>Qualität der Beziehung</translation>
    </message>
    <message>
        <source>Client or code person</source>
        <translation>Klient/in oder Codeperson</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Art der Tätigkeit</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Angetroffene Personen</translation>
    </message>
    <message>
        <source>People met in all</source>
        <translation>Angetroffene Personen insgesamt</translation>
    </message>
    <message>
        <source>Figures estimated</source>
        <translation>Zahlen geschätzt</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Wer war dabei</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Client&apos;s state</source>
        <translation>Zustand der Klientin / des Klienten</translation>
    </message>
    <message>
        <source>Motivational stage</source>
        <translation>Motivationsstufe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>From contact</source>
        <translation>Aus Kontakt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>Show first name</source>
        <translation>Vorname zeigen</translation>
    </message>
    <message>
        <source>Show surname</source>
        <translation>Nachname zeigen</translation>
    </message>
    <message>
        <source>Show date of birth</source>
        <translation>Geburtsdatum zeigen</translation>
    </message>
    <message>
        <source>Risk situations</source>
        <translation>Risikosituationen</translation>
    </message>
    <message>
        <source>Important numbers</source>
        <translation>Wichtige Nummern</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Art der Hilfe</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Nicht mehr verwendet</translation>
    </message>
    <message>
        <source>Monitoring rule</source>
        <translation>Monitoring-Regel</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Closure reason (list)</source>
        <translation>Abschlussgrund (Liste)</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Vermittelt durch</translation>
    </message>
    <message>
        <source>Several life domains affected</source>
        <translation>Mehrere Lebensbereiche betroffen</translation>
    </message>
    <message>
        <source>Several helpers involved</source>
        <translation>Mehrere Helfende beteiligt</translation>
    </message>
    <message>
        <source>Client agrees</source>
        <translation>KlientIn ist einverstanden</translation>
    </message>
    <message>
        <source>Case management appropriate</source>
        <translation>Case Management angemessen</translation>
    </message>
    <message>
        <source>Screening note</source>
        <translation>Notiz zum Screening</translation>
    </message>
    <message>
        <source>Intake agreed on</source>
        <translation>Vereinbarung am</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Einwilligung erfasst am</translation>
    </message>
    <message>
        <source>Form of consent</source>
        <translation>Form der Einwilligung</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluiert am</translation>
    </message>
    <message>
        <source>Client&apos;s view of the help</source>
        <translation>Sicht der KlientIn auf die Hilfe</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Sicht der KlientIn</translation>
    </message>
    <message>
        <source>Professional view</source>
        <translation>Fachliche Sicht</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Personal resources</source>
        <translation>Persönliche Ressourcen</translation>
    </message>
    <message>
        <source>Resources in the private life-world</source>
        <translation>Ressourcen in der privaten Lebenswelt</translation>
    </message>
    <message>
        <source>Resources in the community</source>
        <translation>Ressourcen im Gemeinwesen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Client&apos;s priority</source>
        <translation>Priorität der KlientIn</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorige Fassung</translation>
    </message>
    <message>
        <source>Client&apos;s own activities</source>
        <translation>Eigene Aktivitäten der KlientIn</translation>
    </message>
    <message>
        <source>What the network gives</source>
        <translation>Beitrag des Netzwerks</translation>
    </message>
    <message>
        <source>Contact dates</source>
        <translation>Kontakttermine</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Überprüfung am</translation>
    </message>
    <message>
        <source>Signed by the client on</source>
        <translation>Von der KlientIn unterschrieben am</translation>
    </message>
    <message>
        <source>Signed by the case manager on</source>
        <translation>Von der Fallverantwortlichen unterschrieben am</translation>
    </message>
    <message>
        <source>Parent goal</source>
        <translation>Übergeordnetes Ziel</translation>
    </message>
    <message>
        <source>Goal across versions</source>
        <translation>Ziel über Fassungen</translation>
    </message>
    <message>
        <source>Goal level</source>
        <translation>Zielebene</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Agreed by the client</source>
        <translation>Von der KlientIn vereinbart</translation>
    </message>
    <message>
        <source>Why it is realistic</source>
        <translation>Warum es realistisch ist</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <source>Goal attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>Comment on attainment</source>
        <translation>Kommentar zur Zielerreichung</translation>
    </message>
    <message>
        <source>Much less than expected (−2)</source>
        <translation>Viel weniger als erwartet (−2)</translation>
    </message>
    <message>
        <source>Less than expected (−1)</source>
        <translation>Weniger als erwartet (−1)</translation>
    </message>
    <message>
        <source>Expected outcome (0)</source>
        <translation>Erwartetes Ergebnis (0)</translation>
    </message>
    <message>
        <source>More than expected (+1)</source>
        <translation>Mehr als erwartet (+1)</translation>
    </message>
    <message>
        <source>Much more than expected (+2)</source>
        <translation>Viel mehr als erwartet (+2)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>State since</source>
        <translation>Stand seit</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Nachhalten am</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>Why without a release of confidentiality</source>
        <translation>Warum ohne Schweigepflichtentbindung</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Put off until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
    <message>
        <source>Items handed out</source>
        <translation>Ausgegebenes Material</translation>
    </message>
    <message>
        <source>(see the client file)</source>
        <translation>(siehe Klientenakte)</translation>
    </message>
    <message>
        <source>The client is now with %1. Hand your changes to them, or discard them.</source>
        <translation>Die Klientin / der Klient ist jetzt bei %1. Geben Sie Ihre Änderungen an sie/ihn weiter oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The client is now with another worker. Hand your changes to them, or discard them.</source>
        <translation>Die Klientin / der Klient ist jetzt bei einer anderen Fachkraft. Geben Sie Ihre Änderungen dorthin weiter oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>You are not responsible for this client. Ask your team lead to hand the client to you and sync again, or discard the change.</source>
        <translation>Sie sind für diese Klientin / diesen Klienten nicht zuständig. Bitten Sie Ihre Teamleitung, sie/ihn an Sie zu übergeben, und synchronisieren Sie erneut, oder verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>Workers&apos; details change only through the office&apos;s administration. Ask the office, and discard your change.</source>
        <translation>Angaben zu Fachkräften ändert nur die Verwaltung des Büros. Wenden Sie sich an das Büro und verwerfen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>Only team leads and administrators change the shared lists. Ask your team lead, and discard your change.</source>
        <translation>Nur Teamleitungen und Administrator/innen ändern die gemeinsamen Listen. Wenden Sie sich an Ihre Teamleitung und verwerfen Sie Ihre Änderung.</translation>
    </message>
    <message>
        <source>The client was erased at the office. Discard the change.</source>
        <translation>Die Klientin / der Klient wurde im Büro gelöscht. Verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>The office cannot store a value of this change. Correct it and sync again, or discard the change.</source>
        <translation>Das Büro kann einen Wert dieser Änderung nicht speichern. Korrigieren Sie ihn und synchronisieren Sie erneut, oder verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>The change was made while this laptop&apos;s clock was ahead. Correct the date and time and change it again, or discard the change.</source>
        <translation>Die Änderung wurde gemacht, während die Uhr dieses Laptops vorging. Stellen Sie Datum und Uhrzeit richtig und ändern Sie erneut, oder verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>The office did not take this change. Discard it, or ask the office.</source>
        <translation>Das Büro hat diese Änderung nicht übernommen. Verwerfen Sie sie oder fragen Sie im Büro nach.</translation>
    </message>
    <message>
        <source>%1 recorded a relapse of %2: look at the new tasks and the relapse card.</source>
        <translation>%1 hat einen Rückfall von %2 erfasst: bitte die neuen Aufgaben und die Rückfallkarte ansehen.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Eine Kollegin / ein Kollege</translation>
    </message>
    <message numerus="yes">
        <source>%1 handed you %n change(s) to %2 they could no longer make.</source>
        <translation>
            <numerusform>%1 hat Ihnen %n Änderung zu %2 weitergegeben, die sie/er nicht mehr machen konnte.</numerusform>
            <numerusform>%1 hat Ihnen %n Änderungen zu %2 weitergegeben, die sie/er nicht mehr machen konnte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) %1 made offline to %2 arrived after the handover.</source>
        <translation>
            <numerusform>%n Änderung, die %1 offline zu %2 gemacht hat, kam nach der Übergabe an.</numerusform>
            <numerusform>%n Änderungen, die %1 offline zu %2 gemacht hat, kamen nach der Übergabe an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CaseDesk</source>
        <translation>Willkommen bei CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk keeps your case notes encrypted on this computer.</source>
        <translation>CaseDesk speichert Ihre Falldokumentation verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <source>There is no desk on this computer yet. The next steps create one:

• who works with this desk,
• a passphrase that encrypts everything in it.

Client data never leaves the encrypted desk file, except when you sync with your office.</source>
        <translation>Auf diesem Computer gibt es noch keinen Arbeitsplatz. Die nächsten Schritte legen ihn an:

• wer mit diesem Arbeitsplatz arbeitet,
• eine Passphrase, die alles darin verschlüsselt.

Klientendaten verlassen die verschlüsselte Datei nie – außer beim Synchronisieren mit Ihrem Büro.</translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <source>Descri&amp;ption…</source>
        <translation>Beschre&amp;ibung …</translation>
    </message>
    <message>
        <source>The photo-free description the client agreed to</source>
        <translation>Die Beschreibung ohne Foto, der die Person zugestimmt hat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation>Übliche Orte</translation>
    </message>
    <message>
        <source>Add p&amp;lace…</source>
        <translation>Ort hin&amp;zufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>No usual places yet: the scene, a shelter, the substitution clinic with its hours.</source>
        <translation>Noch keine üblichen Orte: die Szene, eine Notunterkunft, die Substitutionspraxis mit ihren Zeiten.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>No contact with a place yet: each contact&apos;s place is added here.</source>
        <translation>Noch kein Kontakt mit Ort: der Ort jedes Kontakts erscheint hier.</translation>
    </message>
    <message>
        <source>Where to find them</source>
        <translation>Wo zu finden</translation>
    </message>
    <message>
        <source>In the client&apos;s details:</source>
        <translation>In den Angaben zur Person:</translation>
    </message>
    <message>
        <source>Agreed description:</source>
        <translation>Vereinbarte Beschreibung:</translation>
    </message>
    <message>
        <source>Last seen (from the contacts)</source>
        <translation>Zuletzt gesehen (aus den Kontakten)</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Wo zu finden</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (agreed on %2)</source>
        <translation>%1 (zugestimmt am %2)</translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation>keine vereinbart</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <source>tried, not found</source>
        <translation>versucht, nicht angetroffen</translation>
    </message>
    <message>
        <source>Remove usual place?</source>
        <translation>Üblichen Ort entfernen?</translation>
    </message>
    <message>
        <source>Remove “%1” from the usual places?</source>
        <translation>„%1“ aus den üblichen Orten entfernen?</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>&amp;Revoked on:</source>
        <translation>&amp;Zurückgenommen am:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Widerrufen am:</translation>
    </message>
    <message>
        <source>Revoke release</source>
        <translation>Entbindung zurücknehmen</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Your name appears on the contacts and tasks you record.</source>
        <translation>Ihr Name steht bei den Kontakten und Aufgaben, die Sie erfassen.</translation>
    </message>
    <message>
        <source>e.g. Anna Becker</source>
        <translation>z. B. Anna Becker</translation>
    </message>
    <message>
        <source>e.g. Streetwork Nord</source>
        <translation>z. B. Streetwork Nord</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
</TS>
