<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AccessCopyDialog</name>
    <message>
        <source>Copy for the client (Art. 15)</source>
        <extracomment>Names the kind of document only: a client&apos;s name in a file name leaks into recent-file lists.</extracomment>
        <translation>Kopi til borgeren (art. 15)</translation>
    </message>
    <message>
        <source>A readable copy of everything the desk holds about %1, with the purposes, the recipients from the disclosure log, the retention period and the client&apos;s rights (GDPR Art. 15). Contact notes and the names of others present are left out, because they may name other people (Art. 15(4)).</source>
        <translation>En letlæselig kopi af alt, hvad skrivebordet indeholder om %1, med formålene, modtagerne fra videregivelsesloggen, opbevaringsperioden og borgerens rettigheder (GDPR art. 15). Noter fra samtaler og navnene på andre deltagere er udeladt, fordi de kan nævne andre personer (art. 15, stk. 4).</translation>
    </message>
    <message>
        <source>The client&apos;s language where their file names one</source>
        <translation>Borgerens sprog, hvis sagen angiver et</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Forhåndsvisning …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Dokument&amp;sprog:</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>Kopien udarbejdes …</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record activity</source>
        <translation>Registrér aktivitet</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Type af aktivitet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfrit</translation>
    </message>
    <message>
        <source>&amp;Kind (1–%1):</source>
        <translation>&amp;Type (1–%1):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>&amp;Slut:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; a digit picks the kind.</source>
        <translation>Ctrl+Enter gemmer; et ciffer vælger typen.</translation>
    </message>
    <message>
        <source>Saved: %1, %2 min</source>
        <translation>Gemt: %1, %2 min.</translation>
    </message>
    <message>
        <source>Activity not saved</source>
        <translation>Aktiviteten blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>&amp;Which assessment:</source>
        <translation>Hvilken &amp;udredning:</translation>
    </message>
    <message>
        <source>No assessment yet. Start one with “New assessment…”: each life domain gets the client&apos;s view, yours, a rating, resources and problems.</source>
        <translation>Ingen udredning endnu. Start en med »Ny udredning…«: hvert livsområde får borgerens syn, dit syn, en vurdering, ressourcer og problemer.</translation>
    </message>
    <message>
        <source>This assessment is completed and stays as it is. Start a new assessment to assess again.</source>
        <translation>Denne udredning er afsluttet og forbliver som den er. Start en ny udredning for at vurdere igen.</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Ny udredning…</translation>
    </message>
    <message>
        <source>Edit &amp;domain…</source>
        <translation>Redi&amp;ger område…</translation>
    </message>
    <message>
        <source>Edit the selected life domain (Return)</source>
        <translation>Rediger det valgte livsområde (Retur)</translation>
    </message>
    <message>
        <source>Comp&amp;lete…</source>
        <translation>Af&amp;slut…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Sammenlign…</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Udredning</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Startet %1</translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation>afsluttet %1</translation>
    </message>
    <message>
        <source>over its time box since %1</source>
        <translation>over tidsrammen siden %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>skal være færdig %1</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personlige</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>community</source>
        <translation>lokalsamfund</translation>
    </message>
</context>
<context>
    <name>AssessmentWords</name>
    <message>
        <source>1 – most important</source>
        <translation>1 – vigtigst</translation>
    </message>
    <message>
        <source>3 – least important</source>
        <translation>3 – mindst vigtig</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <source>%1 (completed %2)</source>
        <translation>%1 (afsluttet %2)</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (åben)</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Borgerens syn</translation>
    </message>
    <message>
        <source>Professional view</source>
        <translation>Fagligt syn</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Personal resources</source>
        <translation>Personlige ressourcer</translation>
    </message>
    <message>
        <source>Resources in the private life-world</source>
        <translation>Ressourcer i det private netværk</translation>
    </message>
    <message>
        <source>Resources in the community</source>
        <translation>Ressourcer i lokalsamfundet</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Client&apos;s priority</source>
        <translation>Borgerens prioritet</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Opened the file</source>
        <translation>Åbnede sagen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Printed or saved as PDF</source>
        <translation>Udskrevet eller gemt som PDF</translation>
    </message>
    <message>
        <source>Erased (GDPR)</source>
        <translation>Slettet (GDPR)</translation>
    </message>
    <message>
        <source>Recorded a disclosure</source>
        <translation>Registrerede en videregivelse</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>Borgerens sag</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Samtykke til databehandling</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Videregivelse af oplysninger</translation>
    </message>
    <message>
        <source>A colleague unknown to this desk</source>
        <translation>En kollega, som dette skrivebord ikke kender</translation>
    </message>
    <message>
        <source>Erased client</source>
        <translation>Slettet borger</translation>
    </message>
    <message>
        <source>A client not on this desk</source>
        <translation>En borger, der ikke er på dette skrivebord</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>Who opened or changed which client&apos;s records, when and how, newest first.</source>
        <translation>Hvem der åbnede eller ændrede hvilke borgeres oplysninger, hvornår og hvordan, nyeste først.</translation>
    </message>
    <message>
        <source>Who opened or changed the records of %1, when and how, newest first.</source>
        <translation>Hvem der åbnede eller ændrede oplysningerne om %1, hvornår og hvordan, nyeste først.</translation>
    </message>
    <message>
        <source>Who opened or changed this client&apos;s records, when and how, newest first.</source>
        <translation>Hvem der åbnede eller ændrede borgerens oplysninger, hvornår og hvordan, nyeste først.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Adgang</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>Endnu ingen poster.</translation>
    </message>
    <message>
        <source>You see your own accesses only; team leads and admins see everyone&apos;s.</source>
        <translation>Du ser kun dine egne adgange; teamledere og administratorer ser alles.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; &quot;casedesk audit&quot; lists them all.</source>
        <translation>
            <numerusform>Den nyeste post vises; »casedesk audit« viser dem alle.</numerusform>
            <numerusform>De nyeste %n poster vises; »casedesk audit« viser dem alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the desk</source>
        <translation>Tag sikkerhedskopi af skrivebordet</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Encrypt with the &amp;desk&apos;s passphrase</source>
        <translation>Kryptér med skrivebordets a&amp;dgangsfrase</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase of its o&amp;wn</source>
        <translation>Kryptér med en &amp;egen adgangsfrase</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>The backup holds every client of this desk, encrypted. Keep it where only you and the office can reach it, e.g. on an encrypted USB stick.</source>
        <translation>Sikkerhedskopien rummer alle borgere på dette skrivebord, krypteret. Opbevar den, hvor kun du og kontoret kan komme til den, f.eks. på en krypteret USB-nøgle.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Tag sikkerhedskopi</translation>
    </message>
    <message>
        <source>A file of this name exists. Replace it?</source>
        <translation>Der findes allerede en fil med dette navn. Erstat den?</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Back up &amp;now…</source>
        <translation>Tag sikkerhedskopi &amp;nu…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Gendan en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Rolling backups</source>
        <translation>Løbende sikkerhedskopier</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>Once a day, at the first lock or close</source>
        <translation>Én gang om dagen, ved første låsning eller lukning</translation>
    </message>
    <message>
        <source>At every lock and close</source>
        <translation>Ved hver låsning og lukning</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Behold de nyeste:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Kept now:</source>
        <translation>Gemt nu:</translation>
    </message>
    <message>
        <source>Encrypted with the desk&apos;s passphrase, in this computer&apos;s data folder. They help when the desk file is damaged; they do not help when the laptop is lost — that is what the sync with the office is for.</source>
        <translation>Krypteret med skrivebordets adgangsfrase, i denne computers datamappe. De hjælper, når skrivebordsfilen er beskadiget; de hjælper ikke, når computeren er væk — det er, hvad synkroniseringen med kontoret er til.</translation>
    </message>
    <message>
        <source>A backup is a complete, encrypted copy of this desk in one file, for a USB stick or the office&apos;s safe.</source>
        <translation>En sikkerhedskopi er en fuldstændig, krypteret kopi af dette skrivebord i én fil, til en USB-nøgle eller kontorets pengeskab.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>der kan ikke skrives i mappen</translation>
    </message>
    <message>
        <source>the desk file has damaged pages</source>
        <translation>skrivebordsfilen har beskadigede sider</translation>
    </message>
    <message>
        <source>the desk was busy</source>
        <translation>skrivebordet var optaget</translation>
    </message>
    <message>
        <source>The last automatic backup failed on %1: %2.</source>
        <translation>Den seneste automatiske sikkerhedskopi den %1 mislykkedes: %2.</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>filen kunne ikke skrives</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sikkerhedskopien er gemt i %1.</translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Den:</translation>
    </message>
    <message>
        <source>Good things about &amp;changing:</source>
        <translation>Fordele ved at &amp;ændre:</translation>
    </message>
    <message>
        <source>Not so good about c&amp;hanging:</source>
        <translation>&amp;Ulemper ved at ændre:</translation>
    </message>
    <message>
        <source>Good things about &amp;staying as is:</source>
        <translation>Fordele ved at &amp;blive ved som nu:</translation>
    </message>
    <message>
        <source>Not so good about s&amp;taying as is:</source>
        <translation>U&amp;lemper ved at blive ved som nu:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation>Beslutningsbalance</translation>
    </message>
    <message>
        <source>One reason per line, in the client&apos;s words. A weight is optional: write it in brackets at the end, e.g. &quot;more money [3]&quot;. Weighing can feed ambivalence.</source>
        <translation>Én grund pr. linje, med borgerens ord. En vægt er frivillig: skriv den i klammer til sidst, fx »flere penge [3]«. At vægte kan nære ambivalensen.</translation>
    </message>
</context>
<context>
    <name>CaseDeskController</name>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Access:</source>
        <translation>Adgang:</translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation>Screening:</translation>
    </message>
    <message>
        <source>Intake agreement:</source>
        <translation>Aftale ved indskrivning:</translation>
    </message>
    <message>
        <source>Consent to data processing:</source>
        <translation>Samtykke til databehandling:</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluering:</translation>
    </message>
    <message>
        <source>The client&apos;s view:</source>
        <translation>Borgerens syn:</translation>
    </message>
    <message>
        <source>Closure:</source>
        <translation>Afslutning:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Episodes and phase history</source>
        <translation>Forløb og fasehistorik</translation>
    </message>
    <message>
        <source>&amp;Intake…</source>
        <translation>&amp;Indskrivning…</translation>
    </message>
    <message>
        <source>Re-assess…</source>
        <translation>Ny udredning…</translation>
    </message>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>&amp;Evaluér…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Afslut sag…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Genoptag…</translation>
    </message>
    <message>
        <source>The phase itself moves with Change phase… on the overview, or here when the data suggests the next one.</source>
        <translation>Selve fasen skiftes med »Skift fase …« i overblikket, eller her når data peger på den næste.</translation>
    </message>
    <message>
        <source>Episodes and phase history:</source>
        <translation>Forløb og fasehistorik:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>No case episode yet.</source>
        <translation>Endnu intet forløb.</translation>
    </message>
    <message>
        <source>Episode since %1 · phase: %2</source>
        <translation>Forløb siden %1 · fase: %2</translation>
    </message>
    <message>
        <source>Closed on %1 (episode since %2)</source>
        <translation>Afsluttet den %1 (forløb siden %2)</translation>
    </message>
    <message>
        <source>Suggested: %1. %2</source>
        <translation>Forslag: %1. %2</translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation>&amp;Gå til %1…</translation>
    </message>
    <message>
        <source>An assessment was started on %1.</source>
        <translation>En udredning blev påbegyndt den %1.</translation>
    </message>
    <message>
        <source>The assessment was completed on %1.</source>
        <translation>Udredningen blev afsluttet den %1.</translation>
    </message>
    <message>
        <source>The service plan was signed on %1.</source>
        <translation>Handleplanen blev underskrevet den %1.</translation>
    </message>
    <message>
        <source>A referral&apos;s help started on %1.</source>
        <translation>En henvist indsats begyndte den %1.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>several life domains</source>
        <translation>flere livsområder</translation>
    </message>
    <message>
        <source>several helpers</source>
        <translation>flere aktører</translation>
    </message>
    <message>
        <source>client agrees</source>
        <translation>borgeren er enig</translation>
    </message>
    <message>
        <source>case management appropriate</source>
        <translation>case management relevant</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ikke spurgt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>endnu ingen</translation>
    </message>
    <message>
        <source>recorded on %1 (%2)</source>
        <translation>registreret den %1 (%2)</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>endnu ikke evalueret</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) scored</source>
        <translation>
            <numerusform>%n mål vurderet</numerusform>
            <numerusform>%n mål vurderet</numerusform>
        </translation>
    </message>
    <message>
        <source>goal attainment T-score %1</source>
        <translation>målopfyldelse (T-score) %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>den %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ingen begrundelse angivet</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Forløb %1</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Caseloads</source>
        <extracomment>Print… was chosen: the window prints the report (``print_actions.caseload_report``).</extracomment>
        <translation>Sagsbelastning</translation>
    </message>
    <message numerus="yes">
        <source>Active clients against the team&apos;s limit, and the share of clients in monitoring with a contact in the last %n days.</source>
        <translation>
            <numerusform>Aktive borgere over for teamets grænse og andelen af borgere i opfølgning med en kontakt den seneste dag.</numerusform>
            <numerusform>Aktive borgere over for teamets grænse og andelen af borgere i opfølgning med en kontakt de seneste %n dage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktive borgere</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grænse</translation>
    </message>
    <message>
        <source>Deputy for</source>
        <translation>Stedfortræder for</translation>
    </message>
    <message>
        <source>Contact compliance</source>
        <translation>Kontakt overholdt</translation>
    </message>
    <message>
        <source>Team&apos;s caseload limit</source>
        <translation>Teamets grænse for sagsbelastning</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;limit:</source>
        <translation>Teamets &amp;grænse:</translation>
    </message>
    <message>
        <source>&amp;Set limit</source>
        <translation>&amp;Sæt grænse</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation>%1 (over grænsen)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>%1 would then have %2 clients; the team&apos;s limit is %3. Assign anyway?</source>
        <translation>%1 ville så have %2 borgere; teamets grænse er %3. Tildel alligevel?</translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation>Grænse for sagsbelastning</translation>
    </message>
    <message>
        <source>no client in monitoring</source>
        <translation>ingen borger i opfølgning</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 af %3)</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <extracomment>The fields whose change means checking for duplicates again. The worker chose an existing client instead of creating this one (a possible duplicate).</extracomment>
        <translation>Rediger borger</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <source>street name, nickname</source>
        <translation>gadenavn, kaldenavn</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>approximate (only the year is certain)</source>
        <translation>omtrentlig (kun året er sikkert)</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>f.eks. dansk, polsk</translation>
    </message>
    <message>
        <source>where to find them: scene, shelter, clinic…</source>
        <translation>hvor borgeren kan findes: miljøet, herberg, klinik …</translation>
    </message>
    <message>
        <source>no fixed abode</source>
        <translation>uden fast bopæl</translation>
    </message>
    <message>
        <source>consents to data processing</source>
        <translation>samtykker til databehandling</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>F&amp;ornavn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fødselsdato:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Køn:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>&amp;Where to find:</source>
        <translation>&amp;Hvor findes:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>&amp;Emergency notes:</source>
        <translation>&amp;Nødinformation:</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>Sa&amp;mtykke:</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>dato for samtykke</translation>
    </message>
    <message>
        <source>Code person becomes a client</source>
        <translation>Kodeperson bliver borger</translation>
    </message>
    <message>
        <source>This person may already be on the desk:

%1

Save a new client anyway? (No: back to the form, where you can open the existing client instead.)</source>
        <extracomment>The clients the worker saw and chose to create this one beside.</extracomment>
        <translation>Personen findes måske allerede på dette skrivebord:

%1

Gem alligevel en ny borger? (Nej: tilbage til formularen, hvor du i stedet kan åbne den eksisterende borger.)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mulig dublet</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>&amp;Copy for the client (Art. 15)…</source>
        <extracomment>The tabs a code person&apos;s file shows (``street.CodePersonDialog`` edits the code itself). Another record was merged with this one; the id is the record that stayed.</extracomment>
        <translation>&amp;Kopi til borgeren (art. 15) …</translation>
    </message>
    <message>
        <source>A readable PDF of the client&apos;s data, the recipients and their rights, in their language</source>
        <translation>En letlæselig PDF med borgerens oplysninger, modtagerne og borgerens rettigheder på borgerens sprog</translation>
    </message>
    <message>
        <source>Archive client?</source>
        <extracomment>Where to find the client, beside the contacts&apos; timeline its trail is read from.</extracomment>
        <translation>Arkivér borger?</translation>
    </message>
    <message>
        <source>Archive %1? The file is kept and can be found with &quot;Closed/archived&quot;.</source>
        <translation>Arkivér %1? Sagen bevares og kan findes under »Afsluttet/arkiveret«.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <extracomment>Rows per page while looking for a client to select that is not loaded yet: few round trips through a long caseload, each still quick (about 30 ms for 1 000 rows on the benchmark desk). More rows are wanted: load the page after this key (this many rows; 0: a normal page) and ``add_page`` it.</extracomment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Seneste kontakt</translation>
    </message>
    <message>
        <source>%1 — found in a note</source>
        <translation>%1 — fundet i en note</translation>
    </message>
    <message>
        <source>code person</source>
        <translation>kodeperson</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>The search found this client in what was written about them (a contact note, the assessment or a goal), not in the name.</source>
        <translation>Søgningen fandt denne klient i det, der er skrevet om vedkommende (en kontaktnote, udredningen eller et mål), ikke i navnet.</translation>
    </message>
    <message>
        <source>Where to find: %1</source>
        <translation>Hvor findes: %1</translation>
    </message>
    <message>
        <source>Overdue for a contact</source>
        <translation>Kontakt overskredet</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search name, alias, place, notes…</source>
        <extracomment>The current client changed (by click, arrow key or ``select_client``). The worker opened a client: Return or a double click on a hit, Return in the search field.</extracomment>
        <translation>Søg navn, alias, sted, noter …</translation>
    </message>
    <message>
        <source>Down: go to the hits. Return: open the first hit.</source>
        <translation>Pil ned: til resultaterne. Enter: åbn det første resultat.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Closed/archived</source>
        <translation>Afsluttet/arkiveret</translation>
    </message>
    <message>
        <source>Also list closed and archived clients</source>
        <translation>Vis også afsluttede og arkiverede borgere</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>choose a reason</source>
        <translation>vælg en årsag</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsag:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>what happened (required for &quot;other&quot;)</source>
        <translation>hvad der skete (kræves ved »andet«)</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Afsluttet &amp;den:</translation>
    </message>
    <message>
        <source>&amp;After-care call as a task</source>
        <translation>&amp;Opfølgende opkald som opgave</translation>
    </message>
    <message>
        <source>&amp;Call on:</source>
        <translation>&amp;Ring den:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Afslut sagen</translation>
    </message>
    <message>
        <source>After-care call</source>
        <translation>Opfølgende opkald</translation>
    </message>
    <message>
        <source>Close the case?</source>
        <translation>Afslut sagen?</translation>
    </message>
    <message>
        <source>Close this case? The client leaves the active caseload; a new episode can be opened later.</source>
        <translation>Afslut denne sag? Borgeren forlader den aktive sagsliste; et nyt forløb kan åbnes senere.</translation>
    </message>
</context>
<context>
    <name>CodePersonDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>e.g. KM71m: initials, birth year, sex</source>
        <translation>f.eks. KM71m: initialer, fødselsår, køn</translation>
    </message>
    <message>
        <source>&amp;Street name:</source>
        <translation>&amp;Gadenavn:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>K&amp;øn:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation>Fødsels&amp;år:</translation>
    </message>
    <message>
        <source>&amp;Where to find:</source>
        <translation>&amp;Hvor findes:</translation>
    </message>
    <message>
        <source>Code person</source>
        <translation>Kodeperson</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Make a c&amp;lient…</source>
        <translation>Gør til &amp;borger …</translation>
    </message>
    <message>
        <source>They gave their name, or a case begins: the same record becomes a client, every contact stays theirs</source>
        <translation>Navnet er kendt, eller en sag begynder: samme registrering bliver borger, alle kontakter bevares</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation>Sammenlign udredninger</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation>&amp;Tidligere:</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>&amp;Senere:</translation>
    </message>
    <message>
        <source>Life domain / field</source>
        <translation>Livsområde / felt</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message numerus="yes">
        <source>%n life domain(s) changed.</source>
        <translation>
            <numerusform>%n livsområde ændret.</numerusform>
            <numerusform>%n livsområder ændret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed between these two assessments.</source>
        <translation>Intet er ændret mellem de to udredninger.</translation>
    </message>
    <message>
        <source>Version %1 compared with version %2</source>
        <translation>Version %1 sammenlignet med version %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hvad er ændret</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tilføjet</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ændret</translation>
    </message>
    <message>
        <source>services</source>
        <translation>ydelser</translation>
    </message>
    <message>
        <source>Also changed: %1</source>
        <translation>Desuden ændret: %1</translation>
    </message>
    <message>
        <source>The plan&apos;s other parts are unchanged.</source>
        <translation>Handleplanens øvrige dele er uændrede.</translation>
    </message>
    <message>
        <source>No goal changed. </source>
        <translation>Intet mål er ændret. </translation>
    </message>
    <message>
        <source>wording</source>
        <translation>formulering</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>livsområde</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>aftale</translation>
    </message>
    <message>
        <source>realistic note</source>
        <translation>realisme</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>tilbud</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>målopfyldelse</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>vægt</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>place in the plan</source>
        <translation>plads i handleplanen</translation>
    </message>
    <message>
        <source>client&apos;s own activities</source>
        <translation>borgerens egne aktiviteter</translation>
    </message>
    <message>
        <source>network support</source>
        <translation>netværkets støtte</translation>
    </message>
    <message>
        <source>contact dates</source>
        <translation>kontaktaftaler</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>opfølgningsdato</translation>
    </message>
    <message>
        <source>attainment scale</source>
        <translation>målopfyldelsesskala</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Afsluttet:</translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation>Afslut udredningen</translation>
    </message>
    <message>
        <source>A completed assessment cannot be changed any more; a re-assessment starts a new one.</source>
        <translation>En afsluttet udredning kan ikke ændres mere; en ny vurdering starter en ny udredning.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Min værdi</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Den andens værdi</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>Gælder nu</translation>
    </message>
    <message>
        <source>Write the merged text here</source>
        <translation>Skriv den samlede tekst her</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;deres</translation>
    </message>
    <message>
        <source>Save merged te&amp;xt</source>
        <translation>&amp;Gem samlet tekst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>en kollega</translation>
    </message>
    <message>
        <source>Mine: %1 on this laptop. Theirs: %2 by %3.</source>
        <translation>Min: %1 på denne bærbare. Deres: %2 af %3.</translation>
    </message>
    <message>
        <source>No conflicts. Everything merged cleanly.</source>
        <translation>Ingen konflikter. Alt blev flettet uden problemer.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>min</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>den andens</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Givet den:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Samtykke til behandling af oplysninger</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>&lt;b&gt;Consent to data processing&lt;/b&gt;</source>
        <translation>&lt;b&gt;Samtykke til behandling af oplysninger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Tilbagekaldt den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>&lt;b&gt;Releases of confidentiality&lt;/b&gt;</source>
        <translation>&lt;b&gt;Samtykker til videregivelse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Samarbejdspartner</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Samtykker til videregivelse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disclosures&lt;/b&gt;</source>
        <translation>&lt;b&gt;Videregivelser&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Til hvem</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Videregivelser</translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation>Registrer sa&amp;mtykke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Tilbagekal&amp;d…</translation>
    </message>
    <message>
        <source>New re&amp;lease…</source>
        <translation>Nyt samtykke til vide&amp;regivelse…</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Stop videre&amp;givelse…</translation>
    </message>
    <message>
        <source>Record &amp;disclosure…</source>
        <translation>&amp;Notér videregivelse…</translation>
    </message>
    <message>
        <source>Consent and releases</source>
        <translation>Samtykke og videregivelse</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>uden udløb</translation>
    </message>
    <message>
        <source>%1 (no longer valid)</source>
        <translation>%1 (ikke længere gyldigt)</translation>
    </message>
</context>
<context>
    <name>ConsentVocabulary</name>
    <message>
        <source>Identity and contact details</source>
        <translation>Identitet og kontaktoplysninger</translation>
    </message>
    <message>
        <source>Case status and appointments</source>
        <translation>Sagens status og aftaler</translation>
    </message>
    <message>
        <source>Assessment findings</source>
        <translation>Udredningens resultater</translation>
    </message>
    <message>
        <source>Service plan and goals</source>
        <translation>Handleplan og mål</translation>
    </message>
    <message>
        <source>Health and treatment</source>
        <translation>Helbred og behandling</translation>
    </message>
    <message>
        <source>Documents and reports</source>
        <translation>Dokumenter og rapporter</translation>
    </message>
    <message>
        <source>no scope recorded</source>
        <translation>intet omfang registreret</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>&amp;Deltagere:</translation>
    </message>
    <message>
        <source>separated by commas, e.g. client, mother</source>
        <translation>adskilt med kommaer, f.eks. borger, mor</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Emner / livsområder:</translation>
    </message>
    <message>
        <source>separated by commas, e.g. housing, debts</source>
        <translation>adskilt med kommaer, f.eks. bolig, gæld</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;condition:</source>
        <translation>&amp;Borgerens tilstand:</translation>
    </message>
    <message>
        <source>&amp;Stage of change:</source>
        <translation>&amp;Motivationsfase:</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Correct contact</source>
        <extracomment>The client whose contact was corrected. The contact is on screen and may be edited (when it cannot be loaded, the dialog says so and closes).</extracomment>
        <translation>Ret kontakt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Contact cannot be corrected</source>
        <translation>Kontakten kan ikke rettes</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>When</source>
        <extracomment>Record what was shared with a helper in this contact (the consent page&apos;s disclosure dialog).</extracomment>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Select a contact to read its full note.</source>
        <translation>Vælg en kontakt for at læse hele noten.</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation>Vis alle kontakter</translation>
    </message>
    <message>
        <source>Recor&amp;d contact…</source>
        <translation>Re&amp;gistrér kontakt …</translation>
    </message>
    <message>
        <source>Corr&amp;ect…</source>
        <translation>R&amp;et …</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>S&amp;let …</translation>
    </message>
    <message>
        <source>Relapse…</source>
        <translation>Tilbagefald…</translation>
    </message>
    <message>
        <source>Record a relapse told in the selected contact</source>
        <translation>Registrér et tilbagefald, som blev fortalt i den valgte kontakt</translation>
    </message>
    <message>
        <source>Shared…</source>
        <translation>Videregivet …</translation>
    </message>
    <message>
        <source>Record what was shared with a helper in the selected contact, and under which release</source>
        <translation>Registrér, hvad der blev videregivet til en aktør i den valgte kontakt, og under hvilket samtykke</translation>
    </message>
    <message>
        <source>Timeli&amp;ne</source>
        <translation>Tidsli&amp;nje</translation>
    </message>
    <message>
        <source>Contact&amp;s</source>
        <translation>Kon&amp;takter</translation>
    </message>
    <message>
        <source>Contact not changed</source>
        <translation>Kontakten er ikke ændret</translation>
    </message>
    <message>
        <source>Correct the selected contact (Return)</source>
        <translation>Ret den valgte kontakt (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Fortr&amp;yd</translation>
    </message>
    <message>
        <source>Delete contact?</source>
        <translation>Slet kontakt?</translation>
    </message>
    <message>
        <source>Delete the contact of %1? It disappears from the timeline, the protocol and the statistics on every copy. You can undo this right after.</source>
        <translation>Slet kontakten fra %1? Den forsvinder fra forløbet, protokollen og statistikken på alle kopier. Du kan fortryde det lige bagefter.</translation>
    </message>
    <message>
        <source>Contact of %1 deleted.</source>
        <translation>Kontakten fra %1 er slettet.</translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Click Finish to create your encrypted desk.</source>
        <translation>Klik på »Slut« for at oprette dit krypterede skrivebord.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Desk file:</source>
        <translation>Skrivebordsfil:</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Team numbers for relapse cards</source>
        <translation>Teamets numre til tilbagefaldskort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Team numbers</source>
        <translation>Teamets numre</translation>
    </message>
    <message>
        <source>New cards for a country without team numbers get that country&apos;s standard numbers (emergency, crisis and addiction lines). The team&apos;s numbers for a country replace them.</source>
        <translation>Nye kort til et land uden teamets numre får landets standardnumre (alarm-, krise- og misbrugslinjer). Teamets numre for et land erstatter dem.</translation>
    </message>
    <message>
        <source>e.g. Crisis line (24 h)</source>
        <translation>f.eks. Krisetelefon (døgnåben)</translation>
    </message>
    <message>
        <source>e.g. 0800 111 0 111</source>
        <translation>f.eks. 70 20 12 01</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Hvem:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>&amp;Save number</source>
        <translation>&amp;Gem nummer</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as DE or DK.</source>
        <translation>Brug en landekode på to bogstaver, f.eks. DE eller DK.</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the team&apos;s numbers? Cards already saved keep it.</source>
        <translation>Fjern »%1« (%2) fra teamets numre? Kort, der allerede er gemt, beholder nummeret.</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Fjern nummer</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database settings — %1</source>
        <translation>Databaseindstillinger — %1</translation>
    </message>
</context>
<context>
    <name>DependenceDialog</name>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Den:</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Stof:</translation>
    </message>
    <message>
        <source>e.g. alcohol, opioids, cannabis</source>
        <translation>fx alkohol, opioider, cannabis</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Dependence criteria (last 12 months)</source>
        <translation>Afhængighedskriterier (seneste 12 måneder)</translation>
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
        <translation>fra %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Mens du var væk</translation>
    </message>
    <message>
        <source>What your deputies recorded for your clients during their period, for periods that ended in the last 30 days. Sync first to see everything they did.</source>
        <translation>Hvad dine stedfortrædere har registreret for dine borgere i deres periode, for perioder, der sluttede inden for de sidste 30 dage. Synkronisér først for at se alt.</translation>
    </message>
    <message>
        <source>Client / when</source>
        <translation>Borger / hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>No deputy&apos;s period for your clients ended in the last 30 days.</source>
        <translation>Ingen stedfortræderperiode for dine borgere sluttede inden for de sidste 30 dage.</translation>
    </message>
    <message>
        <source>%1, deputy %2</source>
        <translation>%1, stedfortræder: %2</translation>
    </message>
    <message>
        <source>Referred: %1</source>
        <translation>Henvist: %1</translation>
    </message>
    <message>
        <source>No contact or referral recorded.</source>
        <translation>Ingen kontakt eller henvisning registreret.</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Ikke indlæst</translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>What a colleague may look for: clothes, a dog, how they like to be addressed</source>
        <translation>Hvad en kollega kan kigge efter: tøj, en hund, hvordan borgeren vil tiltales</translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Samtykke givet:</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>intet samtykke</translation>
    </message>
    <message>
        <source>Description the client agreed to</source>
        <translation>Beskrivelse med borgerens samtykke</translation>
    </message>
    <message>
        <source>No photo. Only what the client agreed to be described by; the outreach round prints it. Empty clears it.</source>
        <translation>Intet foto. Kun det, borgeren har sagt ja til at blive beskrevet ved; den opsøgende runde udskriver det. Tomt sletter det.</translation>
    </message>
</context>
<context>
    <name>DeskOp</name>
    <message>
        <source>Cancel</source>
        <extracomment>``(ChangeSet, initiator)`` after every operation or sync that wrote something; the initiator is the widget that ran the operation (None for a sync), so it can skip its own.</extracomment>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>DeskSecurity</name>
    <message>
        <source>CaseDesk backups (*%1);;All files (*)</source>
        <translation>CaseDesk-sikkerhedskopier (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Encrypting every page under the new passphrase…</source>
        <translation>Hver side krypteres med den nye adgangsfrase…</translation>
    </message>
    <message>
        <source>Writing the desk…</source>
        <translation>Skrivebordet skrives…</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Sikkerhedskopien skrives…</translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation>Sikkerhedskopien kopieres…</translation>
    </message>
    <message>
        <source>Checking every page…</source>
        <translation>Hver side kontrolleres…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Vent venligst…</translation>
    </message>
    <message>
        <source>There is no backup file at this place.</source>
        <translation>Der er ingen sikkerhedskopi på dette sted.</translation>
    </message>
    <message>
        <source>This is a folder. Choose a file.</source>
        <translation>Det er en mappe. Vælg en fil.</translation>
    </message>
    <message>
        <source>This file is not a CaseDesk backup.</source>
        <translation>Denne fil er ikke en sikkerhedskopi fra CaseDesk.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup (if you are sure it is right, the start of the file is damaged). Nothing was changed.</source>
        <translation>Adgangsfrasen åbner ikke denne sikkerhedskopi (er du sikker på, at den er rigtig, er begyndelsen af filen beskadiget). Intet blev ændret.</translation>
    </message>
    <message>
        <source>This backup is damaged (%1). Nothing was restored; choose another backup.</source>
        <translation>Denne sikkerhedskopi er beskadiget (%1). Intet blev gendannet; vælg en anden sikkerhedskopi.</translation>
    </message>
    <message>
        <source>This backup was made by a newer CaseDesk. Please update CaseDesk first.</source>
        <translation>Denne sikkerhedskopi er lavet af en nyere CaseDesk. Opdatér først CaseDesk.</translation>
    </message>
    <message>
        <source>A file of this name exists already.</source>
        <translation>Der findes allerede en fil med dette navn.</translation>
    </message>
    <message>
        <source>A file of this name exists and is no CaseDesk desk or backup. It is never replaced; choose another name.</source>
        <translation>Der findes allerede en fil med dette navn, og den er hverken et skrivebord eller en sikkerhedskopi fra CaseDesk. Den erstattes aldrig; vælg et andet navn.</translation>
    </message>
    <message>
        <source>This is the desk file itself or one of its side files. Choose another file.</source>
        <translation>Det er selve skrivebordsfilen eller en af dens ledsagefiler. Vælg en anden fil.</translation>
    </message>
    <message>
        <source>This desk is open in another CaseDesk. Close it there first.</source>
        <translation>Dette skrivebord er åbent i en anden CaseDesk. Luk det der først.</translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation>Denne fil kan ikke bruges.</translation>
    </message>
    <message>
        <source>A sync is running. Try again when it has finished.</source>
        <translation>En synkronisering er i gang. Prøv igen, når den er færdig.</translation>
    </message>
    <message>
        <source>A backup is being written. Try again when it is done.</source>
        <translation>En sikkerhedskopi skrives netop nu. Prøv igen, når den er færdig.</translation>
    </message>
    <message>
        <source>The integrity check did not stop in time. Try again in a moment.</source>
        <translation>Integritetskontrollen stoppede ikke i tide. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The passphrase is being changed. Try again when it is done.</source>
        <translation>Adgangsfrasen skiftes netop nu. Prøv igen, når det er færdigt.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulleret. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>This is not the desk&apos;s passphrase.</source>
        <translation>Det er ikke skrivebordets adgangsfrase.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>no release (say why below)</source>
        <translation>intet samtykke (begrund nedenfor)</translation>
    </message>
    <message>
        <source>&amp;Under release:</source>
        <translation>&amp;Under samtykke:</translation>
    </message>
    <message>
        <source>Shared &amp;with:</source>
        <translation>Videregivet &amp;til:</translation>
    </message>
    <message>
        <source>the release&apos;s helper, unless someone else</source>
        <translation>samtykkets samarbejdspartner, ellers hvem</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>Tid&amp;spunkt:</translation>
    </message>
    <message>
        <source>What was &amp;shared:</source>
        <translation>&amp;Hvad blev videregivet:</translation>
    </message>
    <message>
        <source>Shared &amp;beyond the release or without one (legal duty, emergency)</source>
        <translation>Videregivet ud over samtykket eller uden et (lovpligt, n&amp;ødsituation)</translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation>Notér videregivelse</translation>
    </message>
    <message>
        <source>Scope of the release</source>
        <translation>Samtykkets omfang</translation>
    </message>
    <message>
        <source>Life &amp;domains shared:</source>
        <translation>Videregivne &amp;livsområder:</translation>
    </message>
    <message>
        <source>&amp;Kinds of information shared:</source>
        <translation>Typer af videregivne &amp;oplysninger:</translation>
    </message>
    <message>
        <source>No release chosen: only with a legal duty or in an emergency, and say so below.</source>
        <translation>Intet samtykke valgt: kun ved lovpligt eller i en nødsituation, og bekræft det nedenfor.</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>uden udløb</translation>
    </message>
    <message>
        <source>The release for %1 (until %2) covers: %3</source>
        <translation>Samtykket til %1 (til %2) omfatter: %3</translation>
    </message>
    <message>
        <source>Tick what was shared: a life domain or a kind of information.</source>
        <translation>Sæt kryds ved det, der blev videregivet: et livsområde eller en type oplysninger.</translation>
    </message>
    <message>
        <source>What is ticked goes beyond the release. Untick it, or confirm below why it was shared.</source>
        <translation>Det afkrydsede går ud over samtykket. Fjern krydset, eller bekræft nedenfor, hvorfor det blev videregivet.</translation>
    </message>
    <message>
        <source>Choose the release, or confirm below why it was shared without one.</source>
        <translation>Vælg samtykket, eller bekræft nedenfor, hvorfor det blev videregivet uden.</translation>
    </message>
    <message>
        <source>The release is for another helper. Choose theirs, or confirm below.</source>
        <translation>Samtykket gælder en anden samarbejdspartner. Vælg deres, eller bekræft nedenfor.</translation>
    </message>
    <message>
        <source>The release is not valid on that day.</source>
        <translation>Samtykket gælder ikke den dag.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>How long ``lp`` may take to hand the job to the spooler (it returns once the job is queued).</extracomment>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>This file is not a PDF document and is never replaced. Choose another name.</source>
        <translation>Denne fil er ikke et PDF-dokument og erstattes aldrig. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Forhåndsvisning af dokument</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>af %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>DomainDialog</name>
    <message>
        <source>The &amp;client&apos;s view:</source>
        <translation>&amp;Borgerens syn:</translation>
    </message>
    <message>
        <source>In the client&apos;s own words</source>
        <translation>Med borgerens egne ord</translation>
    </message>
    <message>
        <source>&amp;Professional view:</source>
        <translation>&amp;Fagligt syn:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <source>Resources, pers&amp;onal:</source>
        <translation>Ressourcer, pers&amp;onlige:</translation>
    </message>
    <message>
        <source>abilities, knowledge, motivation</source>
        <translation>evner, viden, motivation</translation>
    </message>
    <message>
        <source>Resources, pri&amp;vate life-world:</source>
        <translation>Ressourcer, pri&amp;vat netværk:</translation>
    </message>
    <message>
        <source>family, friends, neighbours</source>
        <translation>familie, venner, naboer</translation>
    </message>
    <message>
        <source>Resources, co&amp;mmunity:</source>
        <translation>Ressourcer, &amp;lokalsamfund:</translation>
    </message>
    <message>
        <source>services, clubs, places in the neighbourhood</source>
        <translation>tilbud, foreninger, steder i nærmiljøet</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>Pro&amp;blemer:</translation>
    </message>
    <message>
        <source>Client&apos;s pr&amp;iority:</source>
        <translation>Borgerens pr&amp;ioritet:</translation>
    </message>
</context>
<context>
    <name>DomainNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Rename life domain</source>
        <translation>Omdøb livsområde</translation>
    </message>
    <message>
        <source>New life domain</source>
        <translation>Nyt livsområde</translation>
    </message>
    <message>
        <source>Leave the name empty to use the method&apos;s own word again.</source>
        <translation>Lad navnet være tomt for at bruge metodens eget ord igen.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message numerus="yes">
        <source>%n more not shown.</source>
        <translation>
            <numerusform>%n mere vises ikke.</numerusform>
            <numerusform>%n flere vises ikke.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same name</source>
        <extracomment>Typing pauses this long before the new-client dialog checks again.</extracomment>
        <translation>samme navn</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>lignende navn</translation>
    </message>
    <message>
        <source>sounds alike</source>
        <translation>lyder ens</translation>
    </message>
    <message>
        <source>same alias</source>
        <translation>samme alias</translation>
    </message>
    <message>
        <source>similar alias</source>
        <translation>lignende alias</translation>
    </message>
    <message>
        <source>alias like the other&apos;s name</source>
        <translation>alias som den andens navn</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>samme fødselsdato</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>samme fødselsår</translation>
    </message>
    <message>
        <source>birth year a year apart</source>
        <translation>fødselsår et år fra hinanden</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(arkiveret)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <extracomment>The record being made a client (a code person): not its own duplicate. The draft the shown list belongs to (None while a check is pending).</extracomment>
        <translation>Mulige dubletter</translation>
    </message>
    <message>
        <source>Open &amp;this client instead</source>
        <translation>Å&amp;bn denne borger i stedet</translation>
    </message>
    <message>
        <source>Close this form without saving and open the client chosen above</source>
        <translation>Luk formularen uden at gemme, og åbn den borger, der er valgt ovenfor</translation>
    </message>
    <message>
        <source>Possible duplicate&amp;s: this person may already be on the desk.</source>
        <translation>Mulige &amp;dubletter: personen findes måske allerede på dette skrivebord.</translation>
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
        <translation>Mulige dubletter</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Måske samme person som</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Lighed</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Pairs of clients</source>
        <translation>Par af borgere</translation>
    </message>
    <message>
        <source>Nothing here is changed by itself. Open both to compare them; a pair that are two people leaves the list with “Not the same person”.</source>
        <translation>Intet her ændres af sig selv. Åbn begge for at sammenligne dem; et par, der er to mennesker, forlader listen med »Ikke samme person«.</translation>
    </message>
    <message>
        <source>Open &amp;first</source>
        <translation>Åbn &amp;første</translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation>Åbn a&amp;nden</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Ikke samme person</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Fl&amp;et …</translation>
    </message>
    <message>
        <source>Make the two records one: choose which stays and which values</source>
        <translation>Gør de to registreringer til én: vælg, hvilken der bliver, og hvilke oplysninger</translation>
    </message>
    <message>
        <source>Show &amp;all again</source>
        <translation>Vis &amp;alle igen</translation>
    </message>
    <message>
        <source>Bring back the pairs marked as not the same person</source>
        <translation>Vis igen de par, der er markeret som ikke samme person</translation>
    </message>
    <message>
        <source>Comparing the clients…</source>
        <translation>Borgerne sammenlignes…</translation>
    </message>
    <message>
        <source>No two clients on this desk look like the same person.</source>
        <translation>Ingen to borgere på dette skrivebord ligner samme person.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of clients may be the same person; the most alike are shown.</source>
        <translation>
            <numerusform>%n par borgere er måske samme person; de mest ens vises.</numerusform>
            <numerusform>%n par borgere er måske samme person; de mest ens vises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of clients may be the same person.</source>
        <translation>
            <numerusform>%n par borgere er måske samme person.</numerusform>
            <numerusform>%n par borgere er måske samme person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) marked as not the same person are left out.</source>
        <translation>
            <numerusform>%n par markeret som ikke samme person er udeladt.</numerusform>
            <numerusform>%n par markeret som ikke samme person er udeladt.</numerusform>
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
        <translation>Venner</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Nabolag</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutioner</translation>
    </message>
    <message>
        <source>informal</source>
        <translation>uformel</translation>
    </message>
    <message>
        <source>formal (professional)</source>
        <translation>formel (professionel)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stærk</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <source>supportive</source>
        <translation>støttende</translation>
    </message>
    <message>
        <source>ambivalent</source>
        <translation>ambivalent</translation>
    </message>
    <message>
        <source>stressful</source>
        <translation>belastende</translation>
    </message>
    <message>
        <source>broken off</source>
        <translation>afbrudt</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>to the client</source>
        <translation>til borgeren</translation>
    </message>
    <message>
        <source>from the client</source>
        <translation>fra borgeren</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>gensidig</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagligt</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>ugentligt</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>månedligt</translation>
    </message>
    <message>
        <source>rarely</source>
        <translation>sjældent</translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation>Netværkskort</translation>
    </message>
    <message>
        <source>strong tie</source>
        <translation>stærk relation</translation>
    </message>
    <message>
        <source>medium tie</source>
        <translation>middel relation</translation>
    </message>
    <message>
        <source>weak tie</source>
        <translation>svag relation</translation>
    </message>
    <message>
        <source>support to the client</source>
        <translation>støtte til borgeren</translation>
    </message>
    <message>
        <source>support both ways</source>
        <translation>gensidig støtte</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Signaturforklaring</translation>
    </message>
    <message>
        <source>Double circle: formal help</source>
        <translation>Dobbelt cirkel: formel hjælp</translation>
    </message>
    <message>
        <source>Circle size: importance</source>
        <translation>Cirklens størrelse: betydning</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Minus, Ctrl+wheel)</source>
        <translation>Zoom ud (Ctrl+minus, Ctrl+musehjul)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Plus, Ctrl+wheel)</source>
        <translation>Zoom ind (Ctrl+plus, Ctrl+musehjul)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Hele kortet</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Vis hele kortet (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Not saved</source>
        <extracomment>How the window that opened this dialog reopens it after the lock (&quot;&quot; when it cannot); ``client_id`` is the client it is about.</extracomment>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Kassér ændringer?</translation>
    </message>
    <message>
        <source>You changed this form. Close it and lose what you typed?</source>
        <translation>Du har ændret denne formular. Luk den og mist det, du har skrevet?</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase client (GDPR)</source>
        <translation>Slet borger (GDPR)</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Slet %1 for altid?</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Everything recorded about this client is deleted: personal data, contacts and notes, tasks, plans and relapse cards.&lt;/li&gt;&lt;li&gt;It is deleted on this laptop now, and on the office&apos;s central store and every colleague&apos;s laptop at their next sync.&lt;/li&gt;&lt;li&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; Only an anonymous number remains.&lt;/li&gt;&lt;/ul&gt;If the client asked for a copy of their data, print the handover summary, the service plan and the counselling protocols from the Print menu first.</source>
        <translation>&lt;ul&gt;&lt;li&gt;Alt, hvad der er registreret om borgeren, slettes: persondata, kontakter og noter, opgaver, planer og tilbagefaldskort.&lt;/li&gt;&lt;li&gt;Det slettes på denne bærbare nu, og på kontorets centrale lager og alle kollegers bærbare ved deres næste synkronisering.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Det kan ikke fortrydes.&lt;/b&gt; Kun et anonymt nummer bliver tilbage.&lt;/li&gt;&lt;/ul&gt;Har borgeren bedt om en kopi af sine data, så udskriv først overdragelsesresuméet, handleplanen og samtalereferaterne fra menuen »Udskriv«.</translation>
    </message>
    <message>
        <source>To confirm, type the client&apos;s name as shown: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Skriv borgerens navn som vist for at bekræfte: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The name does not match yet. Type it as shown above to erase, or press Escape to cancel.</source>
        <translation>Navnet passer ikke endnu. Skriv det som vist ovenfor for at slette, eller tryk på Esc for at annullere.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Slet for altid</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Sletter …</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Ikke slettet</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Udfyld venligst dette felt.</translation>
    </message>
    <message>
        <source>Enter a name or an alias.</source>
        <translation>Angiv et navn eller et alias.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Denne dato ligger i fremtiden.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>Denne dato ligger for langt tilbage.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Det ligner ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>Værdien ligger uden for det tilladte område.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>De to adgangsfraser er ikke ens.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Adgangsfrasen skal have mindst 8 tegn.</translation>
    </message>
    <message>
        <source>This contains a character that cannot be saved.</source>
        <translation>Dette indeholder et tegn, der ikke kan gemmes.</translation>
    </message>
    <message>
        <source>This is too long to be saved.</source>
        <translation>Dette er for langt til at blive gemt.</translation>
    </message>
    <message>
        <source>Enter whole minutes.</source>
        <translation>Angiv hele minutter.</translation>
    </message>
    <message>
        <source>Enter a local date and time.</source>
        <translation>Angiv en lokal dato og et lokalt klokkeslæt.</translation>
    </message>
    <message>
        <source>This has the form of a raw key (x&apos;…&apos;). Choose another passphrase.</source>
        <translation>Dette har form som en rå nøgle (x&apos;…&apos;). Vælg en anden adgangsfrase.</translation>
    </message>
    <message>
        <source>The expiry date lies before the date it was granted.</source>
        <translation>Udløbsdatoen ligger før den dato, samtykket blev givet.</translation>
    </message>
    <message>
        <source>This value is not known.</source>
        <translation>Denne værdi er ukendt.</translation>
    </message>
    <message>
        <source>This date lies before the start.</source>
        <translation>Datoen ligger før starten.</translation>
    </message>
    <message>
        <source>This field cannot be taken over from the other record.</source>
        <translation>Dette felt kan ikke overtages fra den anden post.</translation>
    </message>
    <message>
        <source>This date lies before the episode opened.</source>
        <translation>Datoen ligger før forløbet blev åbnet.</translation>
    </message>
    <message>
        <source>This date lies before the case was closed.</source>
        <translation>Datoen ligger før sagen blev afsluttet.</translation>
    </message>
    <message>
        <source>This date lies before the referral.</source>
        <translation>Datoen ligger før henvisningen.</translation>
    </message>
    <message>
        <source>This date lies before the change it follows.</source>
        <translation>Datoen ligger før den ændring, den følger efter.</translation>
    </message>
    <message>
        <source>This date lies before the referral&apos;s last change.</source>
        <translation>Datoen ligger før henvisningens seneste ændring.</translation>
    </message>
    <message>
        <source>A case is closed with Close case…, which asks for the reason.</source>
        <translation>En sag afsluttes med »Afslut sag…«, som spørger efter årsagen.</translation>
    </message>
    <message>
        <source>The client has no open case episode. Reopen the case first.</source>
        <translation>Borgeren har intet åbent forløb. Genoptag sagen først.</translation>
    </message>
    <message>
        <source>The case is still open.</source>
        <translation>Sagen er stadig åben.</translation>
    </message>
    <message>
        <source>The referral cannot move to this state from where it is.</source>
        <translation>Henvisningen kan ikke skifte til denne status herfra.</translation>
    </message>
    <message>
        <source>Choose a helper from the directory or name a person.</source>
        <translation>Vælg en aktør fra listen eller angiv en person.</translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation>Det findes allerede.</translation>
    </message>
    <message>
        <source>Only the latest version can be changed. Open the latest version.</source>
        <translation>Kun den nyeste version kan ændres. Åbn den nyeste version.</translation>
    </message>
    <message>
        <source>A plan has one macro goal; add this as a meso goal under it.</source>
        <translation>En handleplan har ét overordnet mål; tilføj dette som mål under det.</translation>
    </message>
    <message>
        <source>The macro goal stands at the top of the plan.</source>
        <translation>Det overordnede mål står øverst i planen.</translation>
    </message>
    <message>
        <source>A meso goal stands under the macro goal or at the top.</source>
        <translation>Et mål står under det overordnede mål eller øverst.</translation>
    </message>
    <message>
        <source>A step stands under a meso goal.</source>
        <translation>Et delmål står under et mål.</translation>
    </message>
    <message>
        <source>These belong to different case episodes.</source>
        <translation>De hører til forskellige forløb.</translation>
    </message>
    <message>
        <source>These belong to different clients.</source>
        <translation>De hører til forskellige borgere.</translation>
    </message>
    <message>
        <source>There are too many entries here.</source>
        <translation>Der er for mange poster her.</translation>
    </message>
    <message>
        <source>A tie needs two different persons.</source>
        <translation>En relation kræver to forskellige personer.</translation>
    </message>
    <message>
        <source>This is the passphrase the desk has now. Choose a new one.</source>
        <translation>Det er den adgangsfrase, skrivebordet har nu. Vælg en ny.</translation>
    </message>
    <message>
        <source>This date lies before the consent was given.</source>
        <translation>Datoen ligger før samtykket blev givet.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation>Samtykket er allerede tilbagekaldt.</translation>
    </message>
    <message>
        <source>Only team leads and admins change this.</source>
        <translation>Kun teamledere og administratorer ændrer dette.</translation>
    </message>
    <message>
        <source>This goes beyond what the release of confidentiality covers.</source>
        <translation>Det går ud over, hvad samtykket til videregivelse omfatter.</translation>
    </message>
    <message>
        <source>This release of confidentiality is for another helper.</source>
        <translation>Samtykket til videregivelse gælder en anden samarbejdspartner.</translation>
    </message>
    <message>
        <source>This release of confidentiality is not valid on that day.</source>
        <translation>Samtykket til videregivelse gælder ikke den dag.</translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>Denne værdi kan ikke bruges.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dato for samtykke</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Gentag adgangsfrase</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslæt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Opfølgende opgave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Samarbejdspartner</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Udløber den</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Motivational stage</source>
        <translation>Motivationsstadie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Opholdssted</translation>
    </message>
    <message>
        <source>Emergency notes</source>
        <translation>Nødnoter</translation>
    </message>
    <message>
        <source>Case episode</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Afslutningsårsag</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>After-care call</source>
        <translation>Opfølgende opkald</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evalueret den</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Goal level</source>
        <translation>Målniveau</translation>
    </message>
    <message>
        <source>Goal above</source>
        <translation>Overordnet mål</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; please try again.</source>
        <translation>Forkert adgangsfrase. Intet blev ændret; prøv venligst igen.</translation>
    </message>
    <message>
        <source>There is no desk file at this place.</source>
        <translation>Der findes ingen skrivebordsfil på dette sted.</translation>
    </message>
    <message>
        <source>A desk file already exists at this place.</source>
        <translation>Der findes allerede en skrivebordsfil på dette sted.</translation>
    </message>
    <message>
        <source>This file is not a CaseDesk desk.</source>
        <translation>Denne fil er ikke et CaseDesk-skrivebord.</translation>
    </message>
    <message>
        <source>The desk file is damaged and cannot be opened. Restore it from a backup or sync it again from the office.</source>
        <translation>Skrivebordsfilen er beskadiget og kan ikke åbnes. Gendan den fra en sikkerhedskopi, eller synkronisér den igen fra kontoret.</translation>
    </message>
    <message>
        <source>This desk was written by a newer version of CaseDesk. Please update CaseDesk.</source>
        <translation>Dette skrivebord er skrevet af en nyere version af CaseDesk. Opdatér venligst CaseDesk.</translation>
    </message>
    <message>
        <source>A folder stands where the desk file should be. Move the folder away, then start CaseDesk again.</source>
        <translation>Der ligger en mappe, hvor skrivebordsfilen skulle være. Flyt mappen væk, og start CaseDesk igen.</translation>
    </message>
    <message>
        <source>The desk file or its folder cannot be written (read-only). Nothing was changed. Check the file&apos;s permissions or the drive.</source>
        <translation>Skrivebordsfilen eller dens mappe kan ikke skrives (skrivebeskyttet). Intet blev ændret. Kontrollér filens rettigheder eller drevet.</translation>
    </message>
    <message>
        <source>The disk is full. Free at least %1 MB and try again; nothing saved was lost.</source>
        <translation>Disken er fuld. Frigør mindst %1 MB, og prøv igen; intet gemt gik tabt.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>Disken er fuld. Frigør noget plads, og prøv igen; intet gemt gik tabt.</translation>
    </message>
    <message>
        <source>The desk is in use by another CaseDesk. Close it there, then try again.</source>
        <translation>Skrivebordet bruges af en anden CaseDesk. Luk det der, og prøv igen.</translation>
    </message>
    <message>
        <source>The desk cannot be opened.</source>
        <translation>Skrivebordet kan ikke åbnes.</translation>
    </message>
    <message>
        <source>Your desk is open and whole. A leftover write-ahead log that did not belong to it was set aside as %1; nothing of your desk was lost.</source>
        <translation>Dit skrivebord er åbent og helt. En efterladt skrivelog, der ikke hørte til det, blev lagt til side som %1; intet fra dit skrivebord gik tabt.</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been removed by a sync.</source>
        <translation>Denne post findes ikke længere. Den er muligvis fjernet ved en synkronisering.</translation>
    </message>
    <message>
        <source>Only a team lead or an administrator can change the team&apos;s settings.</source>
        <translation>Kun en teamleder eller en administrator kan ændre teamets indstillinger.</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Your saved data is safe. If this happens again, please tell your administrator.</source>
        <translation>Noget gik galt, og den sidste handling blev ikke gennemført. Dine gemte data er i sikkerhed. Sker det igen, så kontakt venligst din administrator.</translation>
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
        <translation>−2 meget mindre end forventet</translation>
    </message>
    <message>
        <source>−1 less than expected</source>
        <translation>−1 mindre end forventet</translation>
    </message>
    <message>
        <source>0 as expected</source>
        <translation>0 som forventet</translation>
    </message>
    <message>
        <source>+1 more than expected</source>
        <translation>+1 mere end forventet</translation>
    </message>
    <message>
        <source>+2 much more than expected</source>
        <translation>+2 meget mere end forventet</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>Evaluated &amp;on:</source>
        <translation>Evalueret &amp;den:</translation>
    </message>
    <message>
        <source>Attainment:</source>
        <translation>Målopfyldelse:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>The client&apos;s &amp;view of the help:</source>
        <translation>Borgerens s&amp;yn på indsatsen:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>The plan has no goals to score; the client&apos;s view can still be recorded.</source>
        <translation>Planen har ingen mål at vurdere; borgerens syn kan stadig registreres.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CaseDesk</source>
        <translation>Opsæt CaseDesk</translation>
    </message>
    <message>
        <source>Creating your encrypted desk…</source>
        <translation>Dit krypterede skrivebord oprettes …</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Type a date such as %1, or press Alt+Down for a calendar; leave it empty when it is not known.</source>
        <translation>Skriv en dato som %1, eller tryk Alt+pil ned for en kalender; lad feltet stå tomt, hvis datoen ikke kendes.</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Vælg dato (Alt+pil ned)</translation>
    </message>
    <message>
        <source>Enter a date such as %1, or leave it empty.</source>
        <translation>Skriv en dato som %1, eller lad feltet stå tomt.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Same as the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>A new language takes effect when CaseDesk is restarted.</source>
        <translation>Et nyt sprog træder i kraft, når CaseDesk genstartes.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Cop&amp;y device id</source>
        <translation>&amp;Kopiér enheds-id</translation>
    </message>
    <message>
        <source>Desk file:</source>
        <translation>Skrivebordsfil:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Størrelse:</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Medarbejder:</translation>
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
        <translation>Denne computers enheds-id:</translation>
    </message>
    <message>
        <source>If this laptop is lost or stolen, the office revokes it by this id on the central store; it wipes its desk when it next reaches the office.</source>
        <translation>Bliver denne computer væk eller stjålet, spærrer kontoret den med dette id i det centrale lager; den sletter sit skrivebord, næste gang den når kontoret.</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Skemaversion:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>not rated yet</source>
        <translation>endnu ikke vurderet</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>What should hold, in the client&apos;s words</source>
        <translation>Hvad der skal gælde, med borgerens egne ord</translation>
    </message>
    <message>
        <source>Life &amp;domain:</source>
        <translation>&amp;Livsområde:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>How we will see that it is reached (measurable)</source>
        <translation>Hvordan vi ser, at det er nået (målbart)</translation>
    </message>
    <message>
        <source>Agreed by the &amp;client</source>
        <translation>Aftalt med &amp;borgeren</translation>
    </message>
    <message>
        <source>&amp;Realistic because:</source>
        <translation>&amp;Realistisk, fordi:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;name:</source>
        <translation>&amp;Personens navn:</translation>
    </message>
    <message>
        <source>when a network person carries it</source>
        <translation>når en person fra netværket står for det</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Tilbud:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Vægt:</translation>
    </message>
    <message>
        <source>&amp;Attainment:</source>
        <translation>Mål&amp;opfyldelse:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>−2 (muc&amp;h worse):</source>
        <translation>−2 (meget &amp;dårligere):</translation>
    </message>
    <message>
        <source>−1 (somewhat wors&amp;e):</source>
        <translation>−1 (lidt dårlig&amp;ere):</translation>
    </message>
    <message>
        <source>0 (e&amp;xpected outcome):</source>
        <translation>0 (forventet &amp;udbytte):</translation>
    </message>
    <message>
        <source>+1 (somewhat &amp;better):</source>
        <translation>+1 (&amp;noget bedre):</translation>
    </message>
    <message>
        <source>+2 (much bet&amp;ter):</source>
        <translation>+2 (me&amp;get bedre):</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (nyt)</translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it. Status and attainment stay editable.</source>
        <translation>Underskrevne handleplaner er låst — lav en ny version for at ændre den. Status og målopfyldelse kan stadig redigeres.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Deputy</source>
        <extracomment>A deputy&apos;s period as first offered: two weeks from today.</extracomment>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <source>Hand over client</source>
        <translation>Overdrag borger</translation>
    </message>
    <message>
        <source>Choose who deputises for %1 while the case manager is away, and for which days. The deputy&apos;s laptop receives this client at its first sync in the period and lets it go at the first sync after it.</source>
        <translation>Vælg, hvem der er stedfortræder for %1, mens den sagsansvarlige er væk, og for hvilke dage. Stedfortræderens bærbare får borgeren ved den første synkronisering i perioden og afgiver den ved den første efter.</translation>
    </message>
    <message>
        <source>Choose the worker who takes over %1 for good. Unless you deputise for this client, the client disappears from this laptop at the next sync.</source>
        <translation>Vælg den medarbejder, der overtager %1 for altid. Medmindre du er stedfortræder for borgeren, forsvinder borgeren fra denne bærbare ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Loading workers…</source>
        <translation>Indlæser medarbejdere …</translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation>&amp;Stedfortræder:</translation>
    </message>
    <message>
        <source>&amp;New case manager:</source>
        <translation>&amp;Ny sagsansvarlig:</translation>
    </message>
    <message>
        <source>Until further &amp;notice</source>
        <translation>Indtil &amp;videre</translation>
    </message>
    <message>
        <source>What the new case manager needs to know: agreements, risks, next steps. Printed on the handover summary.</source>
        <translation>Hvad den nye sagsansvarlige skal vide: aftaler, risici, næste skridt. Står på overdragelsesresuméet.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Handover n&amp;ote:</source>
        <translation>Overdragelsesno&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Overdrag …</translation>
    </message>
    <message>
        <source>No deputy</source>
        <translation>Ingen stedfortræder</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (dig)</translation>
    </message>
    <message>
        <source>This desk knows no other worker yet. Colleagues appear here after the first sync with the office.</source>
        <translation>Dette skrivebord kender endnu ingen andre medarbejdere. Kolleger vises her efter første synkronisering med kontoret.</translation>
    </message>
    <message>
        <source>Hand over client?</source>
        <translation>Overdrag borger?</translation>
    </message>
    <message>
        <source>Hand %1 over to %2?

%2 becomes the case manager. Unless you deputise for this client, the client disappears from this laptop at the next sync.</source>
        <translation>Overdrag %1 til %2?

%2 bliver sagsansvarlig. Medmindre du er stedfortræder for borgeren, forsvinder borgeren fra denne bærbare ved næste synkronisering.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The case manager cannot be the deputy as well.</source>
        <translation>Den sagsansvarlige kan ikke også være stedfortræder.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>This worker is no longer known on this desk. Sync and try again.</source>
        <translation>Medarbejderen kendes ikke længere på dette skrivebord. Synkronisér og prøv igen.</translation>
    </message>
</context>
<context>
    <name>InstrumentItemsDialog</name>
    <message>
        <source>The team&apos;s self-efficacy items</source>
        <translation>Teamets udsagn om mestringstro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Ordlyd</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <source>The general self-efficacy scale asks these ten items in the client&apos;s language. A team that works with a published adaptation enters its wording here; Return changes the selected item.</source>
        <translation>Skalaen for generel mestringstro stiller disse ti udsagn på borgerens sprog. Et team, der bruger en offentliggjort tilpasning, skriver dens ordlyd her; Enter retter det valgte udsagn.</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Strong desire or compulsion to use (craving)</source>
        <extracomment>&quot;Not answered&quot; in a combo box (which cannot hold None as its data).</extracomment>
        <translation>Stærk trang eller tvang til at bruge (craving)</translation>
    </message>
    <message>
        <source>Difficulty controlling onset, amount or end of use</source>
        <translation>Nedsat kontrol med start, mængde eller ophør</translation>
    </message>
    <message>
        <source>Withdrawal symptoms, or use to relieve them</source>
        <translation>Abstinenser eller brug for at lindre dem</translation>
    </message>
    <message>
        <source>Tolerance: more is needed for the same effect</source>
        <translation>Tolerance: der skal mere til for samme virkning</translation>
    </message>
    <message>
        <source>Other interests and pleasures neglected in favour of use</source>
        <translation>Andre interesser forsømmes til fordel for brugen</translation>
    </message>
    <message>
        <source>Use continued despite clearly harmful consequences</source>
        <translation>Fortsat brug trods tydeligt skadelige følger</translation>
    </message>
    <message>
        <source>impaired control</source>
        <translation>nedsat kontrol</translation>
    </message>
    <message>
        <source>increasing priority of use</source>
        <translation>stigende prioritering af brugen</translation>
    </message>
    <message>
        <source>physiological features</source>
        <translation>fysiologiske tegn</translation>
    </message>
    <message>
        <source>ICD-10: %1 of 6 criteria – dependence (3 or more)</source>
        <translation>ICD-10: %1 af 6 kriterier – afhængighed (3 eller flere)</translation>
    </message>
    <message>
        <source>ICD-10: %1 of 6 criteria – no dependence</source>
        <translation>ICD-10: %1 af 6 kriterier – ingen afhængighed</translation>
    </message>
    <message>
        <source>ICD-11: %1 of 3 groups – dependence (2 or more)</source>
        <translation>ICD-11: %1 af 3 grupper – afhængighed (2 eller flere)</translation>
    </message>
    <message>
        <source>ICD-11: %1 of 3 groups – no dependence</source>
        <translation>ICD-11: %1 af 3 grupper – ingen afhængighed</translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <source>Stage of change</source>
        <extracomment>The stages on the chart&apos;s vertical axis, in the order of the model (relapse is an event).</extracomment>
        <translation>Forandringsstadie</translation>
    </message>
    <message>
        <source>Self-efficacy</source>
        <translation>Mestringstro</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Instrument history</source>
        <translation>Instrumenternes forløb</translation>
    </message>
    <message>
        <source>Stag&amp;e…</source>
        <translation>&amp;Stadie…</translation>
    </message>
    <message>
        <source>Decisional balance…</source>
        <translation>Beslutningsbalance…</translation>
    </message>
    <message>
        <source>Self-efficacy…</source>
        <translation>Mestringstro…</translation>
    </message>
    <message>
        <source>Dependence…</source>
        <translation>Afhængighed…</translation>
    </message>
    <message>
        <source>Record rela&amp;pse…</source>
        <translation>Registrér tilbagefa&amp;ld…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Forløb:</translation>
    </message>
    <message>
        <source>Every record is kept with its date; a new one never overwrites an earlier one. Stages set on a contact show here too.</source>
        <translation>Hver registrering bevares med sin dato; en ny overskriver aldrig en tidligere. Stadier fra kontakter vises her også.</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <source>(from a contact)</source>
        <translation>(fra en kontakt)</translation>
    </message>
    <message>
        <source>sum %1 of 40</source>
        <translation>sum %1 af 40</translation>
    </message>
    <message>
        <source>no sum (more than 3 items missing)</source>
        <translation>ingen sum (mere end 3 udsagn mangler)</translation>
    </message>
    <message>
        <source>changing: %1 for, %2 against · staying: %3 for, %4 against</source>
        <translation>ændring: %1 for, %2 imod · blive: %3 for, %4 imod</translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation>Beslutningsbalance</translation>
    </message>
    <message>
        <source>Dependence criteria</source>
        <translation>Afhængighedskriterier</translation>
    </message>
    <message>
        <source>Stage of change: %1</source>
        <translation>Forandringsstadie: %1</translation>
    </message>
    <message>
        <source>No stage of change recorded yet.</source>
        <translation>Endnu intet forandringsstadie registreret.</translation>
    </message>
    <message>
        <source>last relapse on %1</source>
        <translation>seneste tilbagefald den %1</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>Tilbagefald</translation>
    </message>
    <message>
        <source>relapse ●</source>
        <translation>tilbagefald ●</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>not asked yet</source>
        <translation>endnu ikke spurgt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Several &amp;life domains affected?</source>
        <translation>Flere &amp;livsområder berørt?</translation>
    </message>
    <message>
        <source>Several &amp;helpers involved?</source>
        <translation>Flere a&amp;ktører involveret?</translation>
    </message>
    <message>
        <source>The client a&amp;grees?</source>
        <translation>Borgeren &amp;enig?</translation>
    </message>
    <message>
        <source>Case &amp;management appropriate?</source>
        <translation>&amp;Case management relevant?</translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation>&amp;Adgang:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Henvist af:</translation>
    </message>
    <message>
        <source>who referred the client</source>
        <translation>hvem der henviste borgeren</translation>
    </message>
    <message>
        <source>Screening &amp;note:</source>
        <translation>&amp;Note til screening:</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>Aftalt &amp;den:</translation>
    </message>
    <message>
        <source>no agreement yet</source>
        <translation>endnu ingen aftale</translation>
    </message>
    <message>
        <source>&amp;What was agreed:</source>
        <translation>Hvad &amp;blev aftalt:</translation>
    </message>
    <message>
        <source>&amp;Consent recorded on:</source>
        <translation>Sa&amp;mtykke registreret den:</translation>
    </message>
    <message>
        <source>Consent &amp;form:</source>
        <translation>Samtykkets &amp;form:</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Indskrivning</translation>
    </message>
</context>
<context>
    <name>ItemNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Omdøb materiale</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nyt materiale</translation>
    </message>
    <message>
        <source>Leave the name empty to use the built-in word again.</source>
        <translation>Lad navnet være tomt for at bruge det indbyggede ord igen.</translation>
    </message>
</context>
<context>
    <name>ItemTextDialog</name>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Ordlyd:</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Udsagn %1</translation>
    </message>
    <message>
        <source>Leave it empty to use the shipped wording again.</source>
        <translation>Lad feltet stå tomt for at bruge den medfølgende ordlyd igen.</translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>The team&apos;s harm-reduction items</source>
        <translation>Teamets skadesreducerende materialer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Om&amp;døb…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Contacts and street rounds count the items handed out in these words and this order. A retired item is left out of new counts; the counts made stay.</source>
        <translation>Kontakter og gaderunder tæller de udleverede materialer med disse ord i denne rækkefølge. Et skjult materiale udelades i nye optællinger; de gjorte bevares.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>indbygget</translation>
    </message>
    <message>
        <source>the team&apos;s own</source>
        <translation>teamets eget</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Items not changed</source>
        <translation>Materialer ikke ændret</translation>
    </message>
</context>
<context>
    <name>LifeDomainsDialog</name>
    <message>
        <source>The team&apos;s life domains</source>
        <translation>Teamets livsområder</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Every assessment of the team covers these domains in this order. A retired domain is left out of new work; what was written about it stays.</source>
        <translation>Alle teamets udredninger dækker disse områder i denne rækkefølge. Et skjult område udelades i nye udredninger; det, der er skrevet om det, bevares.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>indbygget</translation>
    </message>
    <message>
        <source>the team&apos;s own</source>
        <translation>teamets eget</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Retire life domain?</source>
        <translation>Skjul livsområde?</translation>
    </message>
    <message>
        <source>New assessments leave out “%1”. What was written about it stays, and you can restore it.</source>
        <translation>Nye udredninger udelader »%1«. Det, der er skrevet om det, bevares, og du kan gendanne det.</translation>
    </message>
    <message>
        <source>Life domains not changed</source>
        <translation>Livsområder ikke ændret</translation>
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
        <translation>Vælg en borger til venstre, eller tryk Ctrl+T for »I dag«.</translation>
    </message>
    <message>
        <source>DEMO — this desk holds made-up example data, not real clients.</source>
        <translation>DEMO — dette skrivebord indeholder opdigtede eksempeldata, ikke rigtige borgere.</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Ny borger …</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <source>&amp;Record contact…</source>
        <translation>Registrér &amp;kontakt …</translation>
    </message>
    <message>
        <source>Record a contact quickly</source>
        <translation>Registrér hurtigt en kontakt</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Ny &amp;opgave …</translation>
    </message>
    <message>
        <source>New task for the selected client</source>
        <translation>Ny opgave til den valgte borger</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Rediger borger …</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Find borger</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Who is overdue, what is due</source>
        <translation>Hvem er overskredet, hvad forfalder</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>Lås skrivebordet</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation>&amp;Databaseindstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;Om CaseDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>Street r&amp;ound…</source>
        <translation>Ga&amp;derunde …</translation>
    </message>
    <message>
        <source>Count a street round or group contact</source>
        <translation>Tæl en gaderunde eller en gruppekontakt</translation>
    </message>
    <message>
        <source>Record &amp;activity…</source>
        <translation>Registrér &amp;aktivitet …</translation>
    </message>
    <message>
        <source>Working time that is no contact</source>
        <translation>Arbejdstid, der ikke er en kontakt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>Værktø&amp;jer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoved</translation>
    </message>
    <message>
        <source>Sync and print</source>
        <translation>Synkronisering og udskrift</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Synkroniser…</translation>
    </message>
    <message>
        <source>Sync with the office&apos;s central store (Ctrl+Shift+S)</source>
        <translation>Synkroniser med kontorets centrale lager (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synkronisering ikke sat op</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkroniseret</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Sidste synkronisering: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unsynced change(s)</source>
        <translation>
            <numerusform>%n ikke synkroniseret ændring</numerusform>
            <numerusform>%n ikke synkroniserede ændringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n afvist ændring</numerusform>
            <numerusform>%n afviste ændringer</numerusform>
        </translation>
    </message>
    <message>
        <source>Print documents (%1)</source>
        <translation>Udskriv dokumenter (%1)</translation>
    </message>
    <message>
        <source>Team phone &amp;numbers…</source>
        <translation>Teamets telefon&amp;numre…</translation>
    </message>
    <message>
        <source>&amp;Helper directory…</source>
        <translation>&amp;Aktørliste…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Mulige &amp;dubletter…</translation>
    </message>
    <message>
        <source>&amp;Caseloads…</source>
        <translation>Sags&amp;belastning…</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>Slette&amp;frister …</translation>
    </message>
    <message>
        <source>Clients whose last case closed longer ago than the team keeps data</source>
        <translation>Borgere, hvis seneste sag blev afsluttet for længere tid siden, end teamet opbevarer oplysninger</translation>
    </message>
    <message>
        <source>&amp;While you were away…</source>
        <translation>Mens jeg var &amp;væk …</translation>
    </message>
    <message>
        <source>What your deputies did for your clients during their period</source>
        <translation>Hvad dine stedfortrædere gjorde for dine borgere i deres periode</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>Stat&amp;istik…</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;life domains…</source>
        <translation>Teamets &amp;livsområder…</translation>
    </message>
    <message>
        <source>&amp;Monitoring rules…</source>
        <translation>&amp;Opfølgningsregler…</translation>
    </message>
    <message>
        <source>Self-&amp;efficacy items…</source>
        <translation>&amp;Mestringstro: udsagn…</translation>
    </message>
    <message>
        <source>Harm-reduction &amp;items…</source>
        <translation>Teamets mat&amp;erialer …</translation>
    </message>
    <message>
        <source>Access lo&amp;g…</source>
        <translation>Adgan&amp;gslog…</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Medarbejder: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Skrivebord: %1</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>Om CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk %1
Encrypted case management for outreach work.</source>
        <translation>CaseDesk %1
Krypteret sagsstyring til opsøgende arbejde.</translation>
    </message>
    <message>
        <source>Quit CaseDesk?</source>
        <translation>Afslut CaseDesk?</translation>
    </message>
    <message>
        <source>A form is open with changes that are not saved. Quit and lose them?</source>
        <translation>En formular med ændringer, der ikke er gemt, er åben. Afslut og mist dem?</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) from before the lock restored — save or discard them.</source>
        <translation>
            <numerusform>%n ikke gemt kladde fra før låsningen er hentet tilbage – gem eller kassér den.</numerusform>
            <numerusform>%n ikke gemte kladder fra før låsningen er hentet tilbage – gem eller kassér dem.</numerusform>
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
        <translation>Borgere:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakter:</translation>
    </message>
    <message>
        <source>File size:</source>
        <translation>Filstørrelse:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Sider:</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation>&amp;Kontrollér integriteten</translation>
    </message>
    <message>
        <source>Reads every page of the desk and checks its authentication code and the database&apos;s structure. You can go on working meanwhile; on a very big desk it takes about half a minute.</source>
        <translation>Læser hver side af skrivebordet og kontrollerer dens autentificeringskode og databasens struktur. Du kan arbejde videre imens; på et meget stort skrivebord tager det omkring et halvt minut.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Vedligeholdelse</translation>
    </message>
    <message>
        <source>%1 of %2 bytes, %3 free</source>
        <translation>%1 à %2 byte, %3 ledige</translation>
    </message>
    <message>
        <source>No damage found: every page and the structure are whole.</source>
        <translation>Ingen skader fundet: alle sider og strukturen er hele.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Kontrollen er annulleret.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <extracomment>Field name → (group, the button of the first record, the button of the second).</extracomment>
        <translation>Flet to registreringer</translation>
    </message>
    <message>
        <source>Loading both records…</source>
        <translation>Begge registreringer indlæses …</translation>
    </message>
    <message>
        <source>Which record stays?</source>
        <translation>Hvilken registrering bliver?</translation>
    </message>
    <message>
        <source>Values that differ: choose the one to keep</source>
        <translation>Oplysninger, der er forskellige: vælg den, der skal blive</translation>
    </message>
    <message>
        <source>Both records have an open case: the two are joined into one case, which keeps the earlier start and the phase that is further along.</source>
        <extracomment>Shown when both records have an open case (``MergePreview.joins_open_episodes``).</extracomment>
        <translation>Begge registreringer har et åbent forløb: De to lægges sammen til ét forløb, som beholder den tidligste start og den fase, der er længst fremme.</translation>
    </message>
    <message>
        <source>Name of the record that goes</source>
        <translation>Navnet på den registrering, der forsvinder</translation>
    </message>
    <message>
        <source>The name does not match yet. Type it as shown above to merge, or press Escape to cancel.</source>
        <translation>Navnet passer endnu ikke. Skriv det som vist ovenfor for at flette, eller tryk Escape for at annullere.</translation>
    </message>
    <message>
        <source>&amp;Merge for good</source>
        <translation>Flet for a&amp;ltid</translation>
    </message>
    <message>
        <source>Merge %1 and %2?</source>
        <translation>Flet %1 og %2?</translation>
    </message>
    <message>
        <source>Keep the &amp;first: %1</source>
        <translation>Behold den &amp;første: %1</translation>
    </message>
    <message>
        <source>Keep the &amp;second: %1</source>
        <translation>Behold den &amp;anden: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Oplysning</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Første registrering</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Anden registrering</translation>
    </message>
    <message>
        <source>Both records say the same in every field.</source>
        <translation>De to registreringer siger det samme i alle felter.</translation>
    </message>
    <message>
        <source>code person</source>
        <translation>kodeperson</translation>
    </message>
    <message>
        <source>client</source>
        <translation>borger</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n forløb</numerusform>
            <numerusform>%n forløb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n opgave</numerusform>
            <numerusform>%n opgaver</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Every contact, case, task, card and other record of %1 moves to the record that stays, on this laptop now and on every copy at its next sync.&lt;/li&gt;&lt;li&gt;%1 is then no longer listed; what colleagues&apos; laptops still file under it arrives under the record that stays. Its values not chosen above are deleted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Alle kontakter, forløb, opgaver, kort og andre oplysninger om %1 flyttes til den registrering, der bliver – på denne computer nu og på alle kopier ved deres næste synkronisering.&lt;/li&gt;&lt;li&gt;%1 vises derefter ikke længere; hvad kollegers computere stadig gemmer under den, havner under den registrering, der bliver. Dens oplysninger, der ikke er valgt ovenfor, slettes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Det kan ikke fortrydes.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>To confirm, type the name of the record that goes: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Skriv navnet på den registrering, der forsvinder, for at bekræfte: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fletter …</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Registreringer flettet</translation>
    </message>
    <message numerus="yes">
        <source>The records are one now: %n record(s) moved to %1.</source>
        <translation>
            <numerusform>Registreringerne er nu én: %n post flyttet til %1.</numerusform>
            <numerusform>Registreringerne er nu én: %n poster flyttet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Ikke flettet</translation>
    </message>
    <message>
        <source>Only the case manager of both records, a team lead or an administrator merges them.</source>
        <translation>Kun den kontaktperson, der har begge registreringer, en teamleder eller en administrator kan flette dem.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>En registrering kan ikke flettes med sig selv.</translation>
    </message>
    <message>
        <source>One of the records was merged already.</source>
        <translation>En af registreringerne er allerede flettet.</translation>
    </message>
    <message>
        <source>One of the records was erased.</source>
        <translation>En af registreringerne er slettet.</translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message>
        <source>Merge with…</source>
        <translation>Flet med …</translation>
    </message>
    <message>
        <source>Which record is the same person as %1?</source>
        <translation>Hvilken registrering er den samme person som %1?</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Fundne registreringer</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Sa&amp;mmenlign …</translation>
    </message>
</context>
<context>
    <name>MonitoringRules</name>
    <message>
        <source>Contact in monitoring</source>
        <translation>Kontakt i opfølgningen</translation>
    </message>
    <message>
        <source>Contact in any open phase</source>
        <translation>Kontakt i enhver åben fase</translation>
    </message>
    <message>
        <source>Missed appointment followed up</source>
        <translation>Udeblivelse fra aftale fulgt op</translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation>Opfølgning på henvisning</translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation>Frist for mål</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Opfølgning på handleplanen</translation>
    </message>
    <message>
        <source>Assessment time box</source>
        <translation>Tidsramme for udredningen</translation>
    </message>
    <message>
        <source>Release of confidentiality expiring</source>
        <translation>Samtykke til videregivelse udløber</translation>
    </message>
</context>
<context>
    <name>MonitoringRulesDialog</name>
    <message>
        <source>The team&apos;s monitoring rules</source>
        <translation>Teamets opfølgningsregler</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <source>Today lists what these rules find for every worker of the team. A rule that is off lists nothing; Return changes the selected rule.</source>
        <translation>»I dag« viser alle i teamet, hvad disse regler finder. En regel, der er slået fra, viser intet; Enter ændrer den valgte regel.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>til</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>Monitoring rules not loaded</source>
        <translation>Opfølgningsreglerne blev ikke indlæst</translation>
    </message>
</context>
<context>
    <name>MonthPickerDialog</name>
    <message>
        <source>Monthly activity report</source>
        <translation>Månedlig aktivitetsrapport</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Vis rapport</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Måned:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
</context>
<context>
    <name>NetworkPersonDialog</name>
    <message>
        <source>less important</source>
        <translation>mindre vigtig</translation>
    </message>
    <message>
        <source>important</source>
        <translation>vigtig</translation>
    </message>
    <message>
        <source>very important</source>
        <translation>meget vigtig</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Hjælp:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>S&amp;ektor:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>e.g. sister, GP, drinking mate</source>
        <translation>f.eks. søster, egen læge, drukkammerat</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Tilbudsregister:</translation>
    </message>
    <message>
        <source>not in the helper directory</source>
        <translation>ikke i tilbudsregistret</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>St&amp;yrke:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Kvalitet:</translation>
    </message>
    <message>
        <source>Su&amp;pport:</source>
        <translation>&amp;Støtte:</translation>
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
        <translation>&amp;Betydning:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Bemærkn&amp;ing:</translation>
    </message>
    <message>
        <source>New network person</source>
        <translation>Ny person i netværket</translation>
    </message>
    <message>
        <source>Network person</source>
        <translation>Person i netværket</translation>
    </message>
    <message>
        <source>Life domains the relationship covers</source>
        <translation>Livsområder, relationen dækker</translation>
    </message>
</context>
<context>
    <name>NetworkRelationDialog</name>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;Mellem:</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>&amp;Og:</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>St&amp;yrke:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Kvalitet:</translation>
    </message>
    <message>
        <source>Tie between two persons</source>
        <translation>Relation mellem to personer</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>No network persons yet. Insert adds one.</source>
        <extracomment>The map&apos;s context menu, just opened (for tests; it closes itself).</extracomment>
        <translation>Ingen personer i netværket endnu. Insert tilføjer en.</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Tilføj person…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Tie between…</source>
        <translation>Relation mellem…</translation>
    </message>
    <message>
        <source>Untie…</source>
        <translation>Fjern relation…</translation>
    </message>
    <message>
        <source>Removes a tie between two persons (also in the map&apos;s context menu)</source>
        <translation>Fjerner en relation mellem to personer (også i kortets genvejsmenu)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tab walks the persons, the arrow keys move the selected one, Return edits. Menu key: more. Ctrl+Plus, Ctrl+Minus, Ctrl+0: zoom.</source>
        <translation>Tab går fra person til person, piletasterne flytter den valgte, Enter redigerer. Menutasten: mere. Ctrl+plus, Ctrl+minus, Ctrl+0: zoom.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Gemte stande</translation>
    </message>
    <message>
        <source>Take snapshot…</source>
        <translation>Gem stand…</translation>
    </message>
    <message>
        <source>Show snapshot</source>
        <translation>Vis stand</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Signaturforklaring</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n person(s)</source>
        <translation>
            <numerusform>%1 · %n person</numerusform>
            <numerusform>%1 · %n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>How many persons the client names around them.</source>
        <translation>Hvor mange personer borgeren nævner omkring sig.</translation>
    </message>
    <message>
        <source>Informal help</source>
        <translation>Uformel hjælp</translation>
    </message>
    <message>
        <source>%1 (%2 informal, %3 formal)</source>
        <translation>%1 (%2 uformelle, %3 formelle)</translation>
    </message>
    <message>
        <source>Family, friends, neighbours and the scene come before professional help.</source>
        <translation>Familie, venner, naboer og miljøet kommer før professionel hjælp.</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Tæthed</translation>
    </message>
    <message>
        <source>Ties recorded among the persons out of all possible ties (0 to 1).</source>
        <translation>Registrerede relationer mellem personerne ud af alle mulige (0 til 1).</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolerede</translation>
    </message>
    <message>
        <source>Persons tied to no one else in the network, once such ties are recorded.</source>
        <translation>Personer uden relation til andre i netværket, når sådanne relationer er registreret.</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Brobyggere</translation>
    </message>
    <message>
        <source>Persons who hold otherwise separate parts together: bridges and gatekeepers.</source>
        <translation>Personer, der forbinder ellers adskilte dele: brobyggere og gatekeepere.</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Belastede</translation>
    </message>
    <message>
        <source>Persons whose tie to the client is stressful or broken off.</source>
        <translation>Personer, hvis relation til borgeren er belastende eller afbrudt.</translation>
    </message>
    <message>
        <source>Network map of %1</source>
        <translation>Netværkskort fra %1</translation>
    </message>
    <message>
        <source>Remove from the network?</source>
        <translation>Fjern fra netværket?</translation>
    </message>
    <message>
        <source>Remove %1 and their ties from the map? Snapshots keep them.</source>
        <translation>Fjern %1 og relationerne fra kortet? Gemte stande beholder dem.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>with %1 (%2)</source>
        <translation>med %1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>No ties between persons yet</source>
        <translation>Endnu ingen relationer mellem personer</translation>
    </message>
    <message>
        <source>Remove the tie?</source>
        <translation>Fjern relationen?</translation>
    </message>
    <message>
        <source>Remove the tie between %1 and %2 from the map? The persons stay; snapshots keep the tie.</source>
        <translation>Fjern relationen mellem %1 og %2 fra kortet? Personerne bliver; gemte stande beholder relationen.</translation>
    </message>
    <message>
        <source>&amp;Untie %1 and %2…</source>
        <translation>&amp;Fjern relationen mellem %1 og %2…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>&amp;Tie to…</source>
        <translation>Relation &amp;til…</translation>
    </message>
    <message>
        <source>&amp;Untie</source>
        <translation>&amp;Fjern relation</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Fjern &amp;person…</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Tilføj person…</translation>
    </message>
    <message>
        <source>&amp;Whole map</source>
        <translation>&amp;Hele kortet</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Eksportér netværkskortet</translation>
    </message>
    <message>
        <source>network-map.png</source>
        <translation>netvaerkskort.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-billede (*.png);;PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Pr. %1</translation>
    </message>
    <message>
        <source>This file is not a map saved before and is never replaced. Choose another name.</source>
        <translation>Filen er ikke et tidligere gemt kort og erstattes aldrig. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Tegner kortet …</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starter:</translation>
    </message>
    <message>
        <source>&amp;Due by (time box):</source>
        <translation>&amp;Færdig senest (tidsramme):</translation>
    </message>
    <message>
        <source>&amp;Copy the texts of the previous assessment</source>
        <translation>&amp;Kopiér teksterne fra den forrige udredning</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny udredning</translation>
    </message>
    <message>
        <source>Earlier assessments stay as they are. The method time-boxes an assessment to six weeks unless you agree another date.</source>
        <translation>Tidligere udredninger forbliver som de er. Metoden giver en udredning seks uger, medmindre I aftaler en anden dato.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fødselsdato:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Køn:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Where to find:</source>
        <translation>Hvor findes:</translation>
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
        <translation>Nødinformation:</translation>
    </message>
    <message>
        <source>Data processing:</source>
        <translation>Databehandling:</translation>
    </message>
    <message>
        <source>Confidentiality releases:</source>
        <translation>Samtykke til videregivelse:</translation>
    </message>
    <message>
        <source>Case manager:</source>
        <translation>Sagsansvarlig:</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Stedfortræder:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Phase history:</source>
        <translation>Faseforløb:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger …</translation>
    </message>
    <message>
        <source>Recor&amp;d contact…</source>
        <translation>Re&amp;gistrér kontakt …</translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation>A&amp;dgangslog …</translation>
    </message>
    <message>
        <source>Who opened or changed this client&apos;s records, when and how</source>
        <translation>Hvem der åbnede eller ændrede borgerens oplysninger, hvornår og hvordan</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Flet med …</translation>
    </message>
    <message>
        <source>This person has a second record: make the two one</source>
        <translation>Denne person har en registrering mere: gør de to til én</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overblik</translation>
    </message>
    <message>
        <source>Change &amp;phase…</source>
        <translation>Skift fa&amp;se …</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mere</translation>
    </message>
    <message>
        <source>Add &amp;release…</source>
        <translation>Tilføj &amp;samtykke …</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>&amp;Overdrag …</translation>
    </message>
    <message>
        <source>&amp;Deputy…</source>
        <translation>S&amp;tedfortræder …</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Arkivér …</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Take the client back into the active caseload</source>
        <translation>Tag borgeren tilbage i den aktive sagsstamme</translation>
    </message>
    <message>
        <source>&amp;Erase (GDPR)…</source>
        <translation>S&amp;let (GDPR) …</translation>
    </message>
    <message>
        <source>Delete this client&apos;s data on every copy, for good</source>
        <translation>Slet borgerens data på alle kopier for altid</translation>
    </message>
    <message>
        <source>Erased client</source>
        <translation>Slettet borger</translation>
    </message>
    <message>
        <source>This client&apos;s data was erased (GDPR).</source>
        <translation>Borgerens data er slettet (GDPR).</translation>
    </message>
    <message>
        <source>This record was merged into another one; its records are there.</source>
        <translation>Denne registrering er flettet ind i en anden; dens oplysninger står der.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <source>no fixed abode</source>
        <translation>uden fast bopæl</translation>
    </message>
    <message>
        <source>given</source>
        <translation>givet</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation>givet den %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke givet</translation>
    </message>
    <message>
        <source>%1 (since %2, until %3)</source>
        <translation>%1 (fra %2, til %3)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (fra %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Strength: very weak</source>
        <translation>Styrke: meget svag</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Styrke: svag</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Styrke: middel</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Styrke: god</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Styrke: stærk</translation>
    </message>
    <message>
        <source>several words or a long sentence are easier to remember and harder to guess</source>
        <translation>flere ord eller en lang sætning er lettere at huske og sværere at gætte</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>The passphrase encrypts your desk. You type it every time you unlock CaseDesk.</source>
        <translation>Adgangsfrasen krypterer dit skrivebord. Du skriver den, hver gang du låser CaseDesk op.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write the passphrase down and keep it safe.&lt;/b&gt; Nobody can recover it, not even the office. If you lose it, the data on this laptop is lost; what was already synced can be restored from the office.</source>
        <translation>&lt;b&gt;Skriv adgangsfrasen ned, og opbevar den sikkert.&lt;/b&gt; Ingen kan gendanne den, heller ikke kontoret. Mister du den, er dataene på denne computer tabt; det, der allerede er synkroniseret, kan gendannes fra kontoret.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <translation>Styrke: meget svag</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Styrke: svag</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Styrke: middel</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Styrke: god</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Styrke: stærk</translation>
    </message>
    <message>
        <source>several words or a long sentence are easier to remember and harder to guess</source>
        <translation>flere ord eller en lang sætning er lettere at huske og sværere at gætte</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>&amp;New phase:</source>
        <translation>&amp;Ny fase:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>why the case moves on (goes into the phase history)</source>
        <translation>hvorfor sagen går videre (står i faseforløbet)</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Skift fase</translation>
    </message>
    <message>
        <source>Current phase:</source>
        <translation>Nuværende fase:</translation>
    </message>
    <message>
        <source>To close the case, use Close case… on the Case tab: it asks for the reason.</source>
        <translation>Sagen afsluttes med »Afslut sag…« på fanen »Sag«: der spørges efter årsagen.</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <source>What the &amp;network gives:</source>
        <translation>Hvad &amp;netværket bidrager med:</translation>
    </message>
    <message>
        <source>family, friends, neighbours — before any service</source>
        <translation>familie, venner, naboer — før enhver ydelse</translation>
    </message>
    <message>
        <source>What the client &amp;does:</source>
        <translation>Hvad borgeren &amp;selv gør:</translation>
    </message>
    <message>
        <source>&amp;Contact dates:</source>
        <translation>&amp;Kontaktaftaler:</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>&amp;Opfølgning den:</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>ingen opfølgningsdato</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Planoplysninger</translation>
    </message>
</context>
<context>
    <name>PlanServiceDialog</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Ydelse:</translation>
    </message>
    <message>
        <source>e.g. debt counselling, supported housing</source>
        <translation>f.eks. gældsrådgivning, bostøtte</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Tilbud:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Pris:</translation>
    </message>
    <message>
        <source>P&amp;ayer:</source>
        <translation>&amp;Betaler:</translation>
    </message>
    <message>
        <source>For &amp;goal:</source>
        <translation>Til &amp;mål:</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Rediger ydelse</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Ny ydelse</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Versio&amp;n:</source>
        <extracomment>The letter of each SMART part, as the method&apos;s acronym spells it in every language. The client&apos;s network persons, offered as the person responsible for a goal.</extracomment>
        <translation>Versio&amp;n:</translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it. Status and attainment stay editable.</source>
        <translation>Underskrevne handleplaner er låst — lav en ny version for at ændre den. Status og målopfyldelse kan stadig redigeres.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
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
        <translation>Indsats startet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>Network support:</source>
        <translation>Netværkets støtte:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Ydelser:</translation>
    </message>
    <message>
        <source>Own activities:</source>
        <translation>Egne aktiviteter:</translation>
    </message>
    <message>
        <source>Contact dates:</source>
        <translation>Kontaktaftaler:</translation>
    </message>
    <message>
        <source>Ne&amp;w goal…</source>
        <translation>Nyt &amp;mål …</translation>
    </message>
    <message>
        <source>A goal at the top of the plan (Ins)</source>
        <translation>Et mål øverst i handleplanen (Ins)</translation>
    </message>
    <message>
        <source>Su&amp;b-goal…</source>
        <translation>&amp;Delmål …</translation>
    </message>
    <message>
        <source>A goal under the selected one (Shift+Ins)</source>
        <translation>Et mål under det valgte (Skift+Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Rediger …</translation>
    </message>
    <message>
        <source>Edit the selected goal (Return)</source>
        <translation>Rediger det valgte mål (Enter)</translation>
    </message>
    <message>
        <source>Remove goa&amp;l…</source>
        <translation>Fjern må&amp;l …</translation>
    </message>
    <message>
        <source>Remove the selected goal and its sub-goals (Del)</source>
        <translation>Fjern det valgte mål og dets delmål (Del)</translation>
    </message>
    <message>
        <source>Signat&amp;ures…</source>
        <translation>Under&amp;skrifter …</translation>
    </message>
    <message>
        <source>Mor&amp;e</source>
        <translation>Mer&amp;e</translation>
    </message>
    <message>
        <source>Plan &amp;details…</source>
        <translation>Plan&amp;oplysninger …</translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation>&amp;Tilføj ydelse …</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>&amp;Rediger ydelse …</translation>
    </message>
    <message>
        <source>&amp;Remove service…</source>
        <translation>&amp;Fjern ydelse …</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>Ny &amp;version</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous version…</source>
        <translation>&amp;Sammenlign med forrige version …</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; &amp;goals</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>underskrevet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>udkast</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>No service plan yet. New goal (Ins) starts one.</source>
        <translation>Ingen handleplan endnu. Nyt mål (Ins) opretter en.</translation>
    </message>
    <message>
        <source>Signed by the client on %1 and by the case manager on %2.</source>
        <translation>Underskrevet af borgeren den %1 og af sagsbehandleren den %2.</translation>
    </message>
    <message>
        <source>Draft, signed by one side so far.</source>
        <translation>Udkast, indtil nu underskrevet af den ene part.</translation>
    </message>
    <message>
        <source>Draft, not signed yet.</source>
        <translation>Udkast, endnu ikke underskrevet.</translation>
    </message>
    <message>
        <source>Review on %1.</source>
        <translation>Opfølgning den %1.</translation>
    </message>
    <message>
        <source>No review date.</source>
        <translation>Ingen opfølgningsdato.</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s).</source>
        <translation>
            <numerusform>%n mål.</numerusform>
            <numerusform>%n mål.</numerusform>
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
        <translation>mangler: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>(no wording)</source>
        <translation>(ingen formulering)</translation>
    </message>
    <message>
        <source>Missing: %1. The SMART check is a reminder; the goal is saved as it is.</source>
        <translation>Mangler: %1. SMART-tjekket er en påmindelse; målet gemmes, som det er.</translation>
    </message>
    <message>
        <source>specific</source>
        <translation>specifikt</translation>
    </message>
    <message>
        <source>measurable</source>
        <translation>målbart</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>aftalt</translation>
    </message>
    <message>
        <source>realistic</source>
        <translation>realistisk</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>tidsfastsat</translation>
    </message>
    <message>
        <source>Remove the goal “%1”?</source>
        <translation>Fjern målet «%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-goal(s) go with it.</source>
        <translation>
            <numerusform>Dets delmål fjernes også.</numerusform>
            <numerusform>Dets %n delmål fjernes også.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove goal?</source>
        <translation>Fjern mål?</translation>
    </message>
    <message>
        <source>New version?</source>
        <translation>Ny version?</translation>
    </message>
    <message>
        <source>Make version %1 from version %2? Version %2 stays as it is; the new one is a draft to change and sign again.</source>
        <translation>Lav version %1 ud fra version %2? Version %2 forbliver, som den er; den nye er et udkast, der kan ændres og underskrives igen.</translation>
    </message>
    <message>
        <source>Remove service?</source>
        <translation>Fjern ydelse?</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan?</source>
        <translation>Fjern «%1” fra handleplanen?</translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it.</source>
        <translation>Underskrevne handleplaner er låst — lav en ny version for at ændre den.</translation>
    </message>
    <message>
        <source>Plan not changed</source>
        <translation>Handleplanen er ikke ændret</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print &amp;service plan…</source>
        <translation>Udskriv &amp;handleplan …</translation>
    </message>
    <message>
        <source>Print &amp;assessment summary…</source>
        <translation>Udskriv resumé af &amp;udredning …</translation>
    </message>
    <message>
        <source>Print &amp;evaluation…</source>
        <translation>Udskriv &amp;evaluering …</translation>
    </message>
    <message>
        <source>Print &amp;handover summary…</source>
        <translation>Udskriv &amp;overdragelsesresumé …</translation>
    </message>
    <message>
        <source>Print &amp;counselling protocol…</source>
        <translation>Udskriv &amp;samtalereferat …</translation>
    </message>
    <message>
        <source>&amp;Monthly activity report…</source>
        <translation>&amp;Månedlig aktivitetsrapport …</translation>
    </message>
    <message>
        <source>Deputy &amp;briefing…</source>
        <translation>Stedfo&amp;rtrædermappe …</translation>
    </message>
    <message>
        <source>A page for each client you deputise for today</source>
        <translation>En side for hver borger, du er stedfortræder for i dag</translation>
    </message>
    <message>
        <source>Sheet of &amp;relapse cards…</source>
        <translation>Ark med &amp;tilbagefaldskort …</translation>
    </message>
    <message>
        <source>The protocol of the contact selected in the timeline</source>
        <translation>Referatet af den kontakt, der er valgt på tidslinjen</translation>
    </message>
    <message>
        <source>The latest version of the service plan, for signatures</source>
        <translation>Den nyeste version af handleplanen, til underskrift</translation>
    </message>
    <message>
        <source>The client&apos;s latest assessment, per life domain</source>
        <translation>Borgerens seneste udredning, pr. livsområde</translation>
    </message>
    <message>
        <source>Goal attainment per goal, the T-score and the closure</source>
        <translation>Målopfyldelse pr. mål, T-scoren og afslutningen</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Dokumentsprog</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Resumé af udredning</translation>
    </message>
    <message>
        <source>This client has no assessment yet.</source>
        <translation>Der er endnu ingen udredning af denne borger.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>This client has no case episode to evaluate yet.</source>
        <translation>Denne borger har endnu intet forløb, der kan evalueres.</translation>
    </message>
    <message>
        <source>Handover summary</source>
        <translation>Overdragelsesresumé</translation>
    </message>
    <message>
        <source>Deputy briefing</source>
        <translation>Stedfortrædermappe</translation>
    </message>
    <message>
        <source>Counselling protocol</source>
        <translation>Samtalereferat</translation>
    </message>
    <message>
        <source>Monthly activity report</source>
        <translation>Månedlig aktivitetsrapport</translation>
    </message>
    <message>
        <source>Team caseloads</source>
        <translation>Teamets sagsbelastning</translation>
    </message>
    <message>
        <source>Sheet of relapse cards</source>
        <translation>Ark med tilbagefaldskort</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are not on the sheet because they do not fit:</source>
        <translation>
            <numerusform>%n kort er ikke på arket, fordi der ikke er plads til teksten:</numerusform>
            <numerusform>%n kort er ikke på arket, fordi der ikke er plads til teksten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the sheet have no risk situation yet, only numbers:</source>
        <translation>
            <numerusform>%n kort på arket indeholder endnu ingen risikosituation, kun numre:</numerusform>
            <numerusform>%n kort på arket indeholder endnu ingen risikosituation, kun numre:</numerusform>
        </translation>
    </message>
    <message>
        <source>No client has a relapse card yet.</source>
        <translation>Ingen borger har et tilbagefaldskort endnu.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokumentet forberedes …</translation>
    </message>
    <message>
        <source>Select a contact in the client&apos;s timeline first.</source>
        <translation>Vælg først en kontakt på borgerens tidslinje.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>e.g. Addiction counselling centre North</source>
        <translation>fx Misbrugsrådgivningen Nord</translation>
    </message>
    <message>
        <source>&amp;Service type:</source>
        <translation>&amp;Type af tilbud:</translation>
    </message>
    <message>
        <source>e.g. outpatient counselling</source>
        <translation>fx ambulant rådgivning</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>Å&amp;bningstider:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>New helper</source>
        <translation>Ny aktør</translation>
    </message>
    <message>
        <source>Helper: %1</source>
        <translation>Aktør: %1</translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <source>Choose a helper</source>
        <extracomment>The helper to select after the next read (the one just saved).</extracomment>
        <translation>Vælg en aktør</translation>
    </message>
    <message>
        <source>Helper directory</source>
        <translation>Aktørliste</translation>
    </message>
    <message>
        <source>Institution, service type or contact person</source>
        <translation>Institution, type af tilbud eller kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Type af tilbud</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Aktører</translation>
    </message>
    <message>
        <source>&amp;New helper…</source>
        <translation>&amp;Ny aktør…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Udgå…</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <source>No helper matches.</source>
        <translation>Ingen aktør passer.</translation>
    </message>
    <message>
        <source>The directory is empty: add the team&apos;s first helper.</source>
        <translation>Listen er tom: tilføj teamets første aktør.</translation>
    </message>
    <message>
        <source>Retire “%1” from the directory? Referrals already made keep its name.</source>
        <translation>Fjern »%1« fra listen? Tidligere henvisninger beholder navnet.</translation>
    </message>
    <message>
        <source>Retire helper</source>
        <translation>Fjern aktør</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Record contact</source>
        <translation>Registrér kontakt</translation>
    </message>
    <message>
        <source>Type a name, alias or code…</source>
        <translation>Skriv et navn, alias eller en kode …</translation>
    </message>
    <message>
        <source>new &amp;anonymous code person</source>
        <translation>ny anonym &amp;kodeperson</translation>
    </message>
    <message>
        <source>Someone known only by a code (initials, birth year, sex) or a street name: what you typed becomes their code</source>
        <translation>En person, der kun kendes under en kode (initialer, fødselsår, køn) eller et gadenavn: det, du skrev, bliver personens kode</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>What happened, what was agreed…</source>
        <translation>Hvad skete der, hvad blev aftalt …</translation>
    </message>
    <message>
        <source>optional, e.g. call the job centre</source>
        <translation>valgfrit, f.eks. ring til jobcentret</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Borger:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Materialer:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Follow-up task:</source>
        <translation>&amp;Opfølgning:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Forfalder:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Gem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type the code or street name of the new person.</source>
        <translation>Skriv den nye persons kode eller gadenavn.</translation>
    </message>
    <message>
        <source>Choose one client from the list.</source>
        <translation>Vælg én borger fra listen.</translation>
    </message>
    <message>
        <source>Saved: %1 with %2, %3</source>
        <translation>Gemt: %1 med %2, %3</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation>Kontakten blev ikke gemt</translation>
    </message>
    <message>
        <source>Discard contact?</source>
        <translation>Kassér kontakt?</translation>
    </message>
    <message>
        <source>The note you wrote will be lost.</source>
        <translation>Den note, du har skrevet, går tabt.</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsag:</translation>
    </message>
    <message>
        <source>e.g. relapse, lost the flat (goes into the phase history)</source>
        <translation>fx tilbagefald, mistet boligen (kommer i fasehistorikken)</translation>
    </message>
    <message>
        <source>Start from the &amp;last assessment&apos;s texts</source>
        <translation>Start med den &amp;sidste udrednings tekster</translation>
    </message>
    <message>
        <source>Re-assess</source>
        <translation>Ny udredning</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>a person (name below)</source>
        <translation>en person (navn nedenfor)</translation>
    </message>
    <message>
        <source>not tied to a goal</source>
        <translation>ikke knyttet til et mål</translation>
    </message>
    <message>
        <source>&amp;Helper:</source>
        <translation>&amp;Aktør:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>when not a helper from the directory</source>
        <translation>når det ikke er en aktør fra listen</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Indsats:</translation>
    </message>
    <message>
        <source>e.g. outpatient counselling</source>
        <translation>fx ambulant rådgivning</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Opfølgning den:</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>ingen opfølgning</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ny henvisning</translation>
    </message>
    <message>
        <source>Find in &amp;directory…</source>
        <translation>Find på &amp;listen…</translation>
    </message>
</context>
<context>
    <name>ReferralStateDialog</name>
    <message>
        <source>&amp;New state:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Den:</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Opfølgning den:</translation>
    </message>
    <message>
        <source>keep as it is</source>
        <translation>lad være uændret</translation>
    </message>
    <message>
        <source>&amp;Reason for declining:</source>
        <translation>Å&amp;rsag til afslag:</translation>
    </message>
    <message>
        <source>&amp;Alternative:</source>
        <translation>&amp;Alternativ:</translation>
    </message>
    <message>
        <source>what happens instead</source>
        <translation>hvad der sker i stedet</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Henvisning til %1</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>To whom</source>
        <translation>Til hvem</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Henvisninger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Ny henvisning…</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Skift status…</translation>
    </message>
    <message>
        <source>Record what was shared…</source>
        <extracomment>What was shared with the helper of the chosen referral (the disclosure log, one step).</extracomment>
        <translation>Notér videregivelse…</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Helper d&amp;irectory…</source>
        <translation>Aktør&amp;liste…</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Ingen henvisninger endnu.</translation>
    </message>
    <message>
        <source>Reason for declining: %1</source>
        <translation>Årsag til afslag: %1</translation>
    </message>
    <message>
        <source>Alternative: %1</source>
        <translation>Alternativ: %1</translation>
    </message>
    <message>
        <source>Referred without a release of confidentiality: %1</source>
        <translation>Henvist uden samtykke til videregivelse: %1</translation>
    </message>
</context>
<context>
    <name>RefusedChangesView</name>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation>Hvorfor, og hvad du kan gøre</translation>
    </message>
    <message>
        <source>The office took every change.</source>
        <translation>Kontoret modtog alle ændringer.</translation>
    </message>
    <message>
        <source>&amp;Forward to their worker</source>
        <translation>&amp;Videregiv til den nye medarbejder</translation>
    </message>
    <message>
        <source>The client&apos;s new responsible worker gets these changes at your next sync.</source>
        <translation>Borgerens nye ansvarlige medarbejder får disse ændringer ved din næste synkronisering.</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>Kassé&amp;r…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? They are removed from this laptop, and the next sync brings back the office&apos;s version.</source>
        <translation>
            <numerusform>Kassér %n ændring? Den fjernes fra denne bærbare, og næste synkronisering henter kontorets version tilbage.</numerusform>
            <numerusform>Kassér %n ændringer? De fjernes fra denne bærbare, og næste synkronisering henter kontorets version tilbage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelapseCardEditor</name>
    <message>
        <source>Card version</source>
        <extracomment>Printed unchanged after a relapse, the worker saying it was gone through with the client. Since when a relapse asks for a look at the card (the tab tells the editor).</extracomment>
        <translation>Kortversion</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Back to the current card</source>
        <translation>Tilbage til det aktuelle kort</translation>
    </message>
    <message>
        <source>Use as basis for a new version</source>
        <translation>Brug som grundlag for en ny version</translation>
    </message>
    <message>
        <source>Fit warning</source>
        <translation>Pladsadvarsel</translation>
    </message>
    <message>
        <source>The card prints in this language, whatever the program&apos;s language.</source>
        <translation>Kortet udskrives på dette sprog, uanset programmets sprog.</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Card language:</source>
        <translation>Kortets sprog:</translation>
    </message>
    <message>
        <source>Print on the card:</source>
        <translation>Udskriv på kortet:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Important numbers</source>
        <translation>Vigtige numre</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Marks a number row the worker typed into, so a change of card language leaves it alone.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>situation</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>udløsere</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>alternativer</translation>
    </message>
    <message>
        <source>whom to turn to</source>
        <translation>hvem jeg kan kontakte</translation>
    </message>
    <message>
        <source>Risk situation %1</source>
        <translation>Risikosituation %1</translation>
    </message>
    <message>
        <source>Important number %1</source>
        <translation>Vigtigt nummer %1</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Navn på kortet</translation>
    </message>
    <message>
        <source>Front of the card</source>
        <translation>Kortets forside</translation>
    </message>
    <message>
        <source>front</source>
        <translation>forside</translation>
    </message>
    <message>
        <source>inside left</source>
        <translation>inderside venstre</translation>
    </message>
    <message>
        <source>inside right</source>
        <translation>inderside højre</translation>
    </message>
    <message>
        <source>back</source>
        <translation>bagside</translation>
    </message>
    <message>
        <source>(%1 mm)</source>
        <translation>(%1 mm)</translation>
    </message>
    <message>
        <source>%1 mm too long</source>
        <translation>%1 mm for langt</translation>
    </message>
    <message>
        <source>%1 (%2 panel)</source>
        <translation>%1 (felt: %2)</translation>
    </message>
    <message>
        <source>The relapse card of %1 is not printed: its text does not fit, even in the smallest print and with the room a card can take. Shorten:</source>
        <translation>Tilbagefaldskortet for %1 udskrives ikke: Teksten er der ikke plads til, heller ikke med den mindste skrift og den plads, et kort kan tage. Forkort:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Add team numbers</source>
        <translation>Tilføj teamets numre</translation>
    </message>
    <message>
        <source>From network…</source>
        <translation>Fra netværket…</translation>
    </message>
    <message>
        <source>Adds the name and number of a person from the client&apos;s network</source>
        <translation>Tilføjer navn og nummer på en person fra borgerens netværk</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Gem kort</translation>
    </message>
    <message>
        <source>Saves a new version of the card (Ctrl+S)</source>
        <translation>Gemmer en ny version af kortet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Fo&amp;rhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Gem som P&amp;DF …</translation>
    </message>
    <message>
        <source>Relapse card</source>
        <translation>Tilbagefaldskort</translation>
    </message>
    <message>
        <source>The relapse card has unsaved changes. Discard them?</source>
        <translation>Tilbagefaldskortet har ændringer, der ikke er gemt. Kassér dem?</translation>
    </message>
    <message>
        <source>The unsaved relapse card could not be restored.</source>
        <translation>Det ugemte tilbagefaldskort kunne ikke gendannes.</translation>
    </message>
    <message>
        <source>Unsaved changes from before the lock – save or discard them.</source>
        <translation>Ugemte ændringer fra før låsningen – gem dem, eller kassér dem.</translation>
    </message>
    <message>
        <source>Version %1 arrived meanwhile. Your unsaved changes are kept and will be saved as the next version.</source>
        <translation>Version %1 er kommet i mellemtiden. Dine ugemte ændringer bevares og gemmes som næste version.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Forhåndsvisningen forberedes …</translation>
    </message>
    <message>
        <source>New card – not saved yet</source>
        <translation>Nyt kort – endnu ikke gemt</translation>
    </message>
    <message>
        <source>Version %1 — %2 — %3</source>
        <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(aktuel)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>This client has no card yet.</source>
        <translation>Denne borger har endnu intet kort.</translation>
    </message>
    <message>
        <source>You are looking at version %1 of %2. It can be previewed and printed again, but not changed.</source>
        <translation>Du ser version %1 af %2. Den kan vises og udskrives igen, men ikke ændres.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Gemt som version %1.</translation>
    </message>
    <message>
        <source>No changes – the card is still version %1.</source>
        <translation>Ingen ændringer – kortet er stadig version %1.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Udløsere</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Række %1</translation>
    </message>
    <message>
        <source>At most %1 numbers fit on the card.</source>
        <translation>Der er højst plads til %1 numre på kortet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser …</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n number(s))</source>
        <translation>
            <numerusform>%1 (%n nummer)</numerusform>
            <numerusform>%1 (%n numre)</numerusform>
        </translation>
    </message>
    <message>
        <source>The team has no default numbers yet</source>
        <translation>Teamet har endnu ingen standardnumre</translation>
    </message>
    <message>
        <source>Edit the team&apos;s numbers…</source>
        <translation>Rediger teamets numre …</translation>
    </message>
    <message>
        <source>No one in the client&apos;s network has a phone number yet</source>
        <translation>Ingen i borgerens netværk har et telefonnummer endnu</translation>
    </message>
    <message>
        <source>The card holds at most %1 numbers: remove one first.</source>
        <translation>Der er højst plads til %1 numre på kortet: fjern først et.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (on the card)</source>
        <translation>%1 (på kortet)</translation>
    </message>
    <message>
        <source>The text does not fit on the card, even in the smallest large print. Shorten the marked text or turn off large print:</source>
        <translation>Teksten kan ikke være på kortet, heller ikke med den mindste store skrift. Forkort den markerede tekst, eller slå stor skrift fra:</translation>
    </message>
    <message>
        <source>The text does not fit on the card, even in the smallest print. Shorten the marked text:</source>
        <translation>Teksten kan ikke være på kortet, heller ikke med den mindste skrift. Forkort den markerede tekst:</translation>
    </message>
    <message numerus="yes">
        <source>The text needs more room than planned: the card prints as %n fold-out(s), numbers or situations continue on the next one.</source>
        <translation>
            <numerusform>Teksten kræver mere plads end planlagt: Kortet udskrives som %n foldekort; numre eller situationer fortsætter på det næste.</numerusform>
            <numerusform>Teksten kræver mere plads end planlagt: Kortet udskrives som %n foldekort; numre eller situationer fortsætter på det næste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card has no risk situation yet: it would print with empty inner panels.

Print it anyway?</source>
        <translation>Kortet indeholder endnu ingen risikosituation: Indersiden ville være tom.

Udskriv alligevel?</translation>
    </message>
    <message>
        <source>A relapse was recorded on %1 and the card is unchanged since.

Have you gone through it with the client? Yes prints it and marks it as looked at.</source>
        <translation>Den %1 blev et tilbagefald registreret, og kortet er uændret siden.

Har du gennemgået det med borgeren? »Ja« udskriver det og noterer det som gennemgået.</translation>
    </message>
    <message>
        <source>This card does not fit and is not printed like this: shorten the text marked in the card editor.</source>
        <translation>Der er ikke plads til teksten på dette kort, og det udskrives ikke sådan: Forkort den tekst, der er markeret i korteditoren.</translation>
    </message>
    <message>
        <source>Preparing the card…</source>
        <translation>Kortet forberedes …</translation>
    </message>
    <message>
        <source>Relapse card – preview</source>
        <translation>Tilbagefaldskort – forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>RelapseCardTab</name>
    <message>
        <source>&amp;Relapse card</source>
        <translation>Tilbagefalds&amp;kort</translation>
    </message>
    <message>
        <source>A relapse was recorded on %1: go through the card with the client. Saving a new version marks it as looked at.</source>
        <translation>Den %1 blev et tilbagefald registreret: gennemgå kortet med borgeren. En ny gemt version tæller som gennemset.</translation>
    </message>
</context>
<context>
    <name>RelapseDialog</name>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Hvornår:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>what happened, in a few words</source>
        <translation>hvad der skete, med få ord</translation>
    </message>
    <message>
        <source>Record relapse</source>
        <translation>Registrér tilbagefald</translation>
    </message>
    <message>
        <source>This records the relapse (a late entry keeps its true date), plans a contact within 48 hours and a re-assessment, and marks the relapse card for review.</source>
        <translation>Registrerer tilbagefaldet (en sen registrering beholder den rigtige dato), planlægger en kontakt inden for 48 timer og en ny udredning og markerer tilbagefaldskortet til gennemsyn.</translation>
    </message>
    <message>
        <source>Contact after the relapse</source>
        <translation>Kontakt efter tilbagefaldet</translation>
    </message>
    <message>
        <source>Re-assess after the relapse</source>
        <translation>Ny udredning efter tilbagefaldet</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release of confidentiality</source>
        <translation>Samtykke til videregivelse af oplysninger</translation>
    </message>
    <message>
        <source>e.g. Jobcenter Mitte, Dr. Sommer</source>
        <translation>f.eks. Jobcenter København, egen læge</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>uden udløb</translation>
    </message>
    <message>
        <source>&amp;Helper:</source>
        <translation>&amp;Samarbejdspartner:</translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation>&amp;Givet den:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Udløber:</translation>
    </message>
    <message>
        <source>a person (name below)</source>
        <translation>en person (navn nedenfor)</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>e.g. Dr. Sommer, when not in the directory</source>
        <translation>f.eks. egen læge, når ikke i aktørlisten</translation>
    </message>
    <message>
        <source>Life &amp;domains:</source>
        <translation>&amp;Livsområder:</translation>
    </message>
    <message>
        <source>&amp;Kinds of information:</source>
        <translation>&amp;Typer af oplysninger:</translation>
    </message>
    <message>
        <source>Tick at least one life domain or kind of information the release covers.</source>
        <translation>Sæt kryds ved mindst ét livsområde eller én type oplysninger, som samtykket omfatter.</translation>
    </message>
</context>
<context>
    <name>ReleaseOverrideDialog</name>
    <message>
        <source>No release of confidentiality</source>
        <extracomment>A new referral&apos;s follow-up, unless the worker sets another: check back after a week.</extracomment>
        <translation>Intet samtykke til videregivelse</translation>
    </message>
    <message>
        <source>There is no release of confidentiality for %1. Refer anyway?</source>
        <translation>Der er intet samtykke til videregivelse for %1. Henvis alligevel?</translation>
    </message>
    <message>
        <source>Why refer without it (kept with the referral)</source>
        <translation>Hvorfor henvise uden (gemmes med henvisningen)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>Refer &amp;anyway</source>
        <translation>Henvis &amp;alligevel</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsag:</translation>
    </message>
    <message>
        <source>why the case is taken on again</source>
        <translation>hvorfor sagen genoptages</translation>
    </message>
    <message>
        <source>Reopen as a new episode</source>
        <translation>Genoptag som nyt forløb</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Restore as a &amp;new desk:</source>
        <translation>Gendan som nyt &amp;skrivebord:</translation>
    </message>
    <message>
        <source>&amp;Replace this desk (CaseDesk locks first)</source>
        <translation>&amp;Erstat dette skrivebord (CaseDesk låses først)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase of the backup:</source>
        <translation>&amp;Adgangsfrase til sikkerhedskopien:</translation>
    </message>
    <message>
        <source>The backup is checked first: its passphrase, its version and every page. The restored desk opens with the backup&apos;s passphrase.</source>
        <translation>Sikkerhedskopien kontrolleres først: dens adgangsfrase, dens version og hver side. Det gendannede skrivebord åbnes med sikkerhedskopiens adgangsfrase.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Gen&amp;dan</translation>
    </message>
    <message>
        <source>Restore as a new desk</source>
        <translation>Gendan som nyt skrivebord</translation>
    </message>
    <message>
        <source>CaseDesk desks (*.casedesk);;All files (*)</source>
        <translation>CaseDesk-skriveborde (*.casedesk);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Vælg sikkerhedskopien.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Indtast sikkerhedskopiens adgangsfrase.</translation>
    </message>
    <message>
        <source>Replace this desk?</source>
        <translation>Erstat dette skrivebord?</translation>
    </message>
    <message>
        <source>CaseDesk locks, puts the backup in place of this desk and asks for the backup&apos;s passphrase. What was recorded after the backup and not synced is lost. Replace this desk?</source>
        <translation>CaseDesk låses, sætter sikkerhedskopien i stedet for dette skrivebord og beder om sikkerhedskopiens adgangsfrase. Det, der er registreret efter sikkerhedskopien og ikke synkroniseret, går tabt. Erstat dette skrivebord?</translation>
    </message>
    <message>
        <source>A desk file of this name exists. Replace it?</source>
        <translation>Der findes allerede en skrivebordsfil med dette navn. Erstat den?</translation>
    </message>
    <message>
        <source>The backup was restored to %1. Open it now? This desk locks first.</source>
        <translation>Sikkerhedskopien er gendannet til %1. Vil du åbne den nu? Dette skrivebord låses først.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Gennemgang af slettefrister</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Last case closed</source>
        <translation>Seneste sag afsluttet</translation>
    </message>
    <message>
        <source>Years since</source>
        <translation>År siden</translation>
    </message>
    <message>
        <source>Clients due for erasure</source>
        <translation>Borgere, hvis oplysninger skal slettes</translation>
    </message>
    <message>
        <source>No client is due for erasure.</source>
        <translation>Ingen borgeres opbevaringsperiode er udløbet.</translation>
    </message>
    <message>
        <source>&amp;Tick all</source>
        <translation>&amp;Markér alle</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Fjern alle markeringer</translation>
    </message>
    <message>
        <source>Years the team keeps closed cases</source>
        <translation>År, teamet opbevarer afsluttede sager</translation>
    </message>
    <message>
        <source>&amp;Keep closed cases (years):</source>
        <translation>Opbevar afsluttede sager (&amp;år):</translation>
    </message>
    <message>
        <source>Set &amp;period</source>
        <translation>&amp;Gem periode</translation>
    </message>
    <message>
        <source>Number of clients to erase</source>
        <translation>Antal borgere, der skal slettes</translation>
    </message>
    <message>
        <source>&amp;Erase ticked clients</source>
        <translation>&amp;Slet markerede borgere</translation>
    </message>
    <message numerus="yes">
        <source>The team keeps a client&apos;s data %n year(s) after their last case closed. These clients&apos; cases are all closed, the last one longer ago than that, and they have had no contact since. Tick each client you have checked, then type how many you ticked to erase them for good.</source>
        <translation>
            <numerusform>Teamet opbevarer en borgers oplysninger i %n år efter afslutningen af borgerens seneste sag. Disse borgeres sager er alle afsluttet, den seneste for længere tid siden, og der har ikke været kontakt siden. Markér hver borger, du har kontrolleret, og skriv derefter, hvor mange du har markeret, for at slette dem endeligt.</numerusform>
            <numerusform>Teamet opbevarer en borgers oplysninger i %n år efter afslutningen af borgerens seneste sag. Disse borgeres sager er alle afsluttet, den seneste for længere tid siden, og der har ikke været kontakt siden. Markér hver borger, du har kontrolleret, og skriv derefter, hvor mange du har markeret, for at slette dem endeligt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To confirm, type the number of clients ticked: &lt;b&gt;%n&lt;/b&gt;</source>
        <translation>
            <numerusform>Skriv antallet af markerede borgere for at bekræfte: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>Skriv antallet af markerede borgere for at bekræfte: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the clients to erase.</source>
        <translation>Markér de borgere, der skal slettes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Erasing %v of %m…</source>
        <translation>Sletter %v af %m …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased.</source>
        <translation>
            <numerusform>%n borger slettet.</numerusform>
            <numerusform>%n borgere slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the others; they are still on the list.</source>
        <translation>Standset før de øvrige; de står stadig på listen.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Street round</source>
        <translation>Gaderunde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>e.g. Kottbusser Tor</source>
        <translation>f.eks. Istedgade</translation>
    </message>
    <message>
        <source>When more were met than the table counts, or only roughly how many</source>
        <translation>Når der blev mødt flere, end tabellen tæller, eller kun cirka hvor mange</translation>
    </message>
    <message>
        <source>&amp;approximate</source>
        <translation>&amp;anslået</translation>
    </message>
    <message>
        <source>Counts only: no names here</source>
        <translation>Kun tal: ingen navne her</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Begyndt:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>People &amp;met:</source>
        <translation>&amp;Mødt:</translation>
    </message>
    <message>
        <source>&amp;In all:</source>
        <translation>&amp;I alt:</translation>
    </message>
    <message>
        <source>&amp;Talks:</source>
        <translation>Sam&amp;taler:</translation>
    </message>
    <message>
        <source>It&amp;ems:</source>
        <translation>Mat&amp;erialer:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Gem (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>Round saved: %n people met</source>
        <translation>
            <numerusform>Runde gemt: %n person mødt</numerusform>
            <numerusform>Runde gemt: %n personer mødt</numerusform>
        </translation>
    </message>
    <message>
        <source>Round not saved</source>
        <translation>Runden blev ikke gemt</translation>
    </message>
    <message>
        <source>Discard round?</source>
        <translation>Kassér runden?</translation>
    </message>
    <message>
        <source>The counts you entered will be lost.</source>
        <translation>De tal, du har indtastet, går tabt.</translation>
    </message>
</context>
<context>
    <name>RoundPlanDialog</name>
    <message>
        <source>Plan outreach round</source>
        <extracomment>The sheet is ready: its PDF (the preview shows it, saves it where the worker chooses, prints it).</extracomment>
        <translation>Planlæg opsøgende runde</translation>
    </message>
    <message>
        <source>Clients a contact rule lists on Today; the overdue are ticked. Space ticks or unticks. The sheet shows where each was last seen, their usual places and hours, the description they agreed to and what to do if you do not find them. Enter the results afterwards with Today › Round results…</source>
        <translation>Borgere, som en kontaktregel viser under I dag; de forsinkede er markeret. Mellemrum markerer eller fjerner markeringen. Arket viser, hvor hver enkelt sidst blev set, deres faste steder og tider, beskrivelsen de har givet samtykke til, og hvad du gør, hvis du ikke træffer dem. Indfør resultaterne bagefter under I dag › Rundens resultater …</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Where to find</source>
        <translation>Hvor findes</translation>
    </message>
    <message>
        <source>Clients for the round</source>
        <translation>Borgere til runden</translation>
    </message>
    <message>
        <source>No client is due for a contact.</source>
        <translation>Ingen borger skal kontaktes nu.</translation>
    </message>
    <message>
        <source>&amp;Print round…</source>
        <translation>&amp;Udskriv runde …</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>aldrig set</translation>
    </message>
    <message numerus="yes">
        <source>not met for %n day(s)</source>
        <translation>
            <numerusform>ikke mødt i %n dag</numerusform>
            <numerusform>ikke mødt i %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>ingen kontakt i %n dag</numerusform>
            <numerusform>ingen kontakt i %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forsinket)</translation>
    </message>
    <message>
        <source>Preparing the round sheet…</source>
        <translation>Arket til runden laves …</translation>
    </message>
    <message>
        <source>Round not printed</source>
        <translation>Runden er ikke udskrevet</translation>
    </message>
</context>
<context>
    <name>RoundResultsDialog</name>
    <message>
        <source>Round results</source>
        <translation>Rundens resultater</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Round &amp;on:</source>
        <translation>&amp;Dato for runden:</translation>
    </message>
    <message>
        <source>&amp;Minutes per client met:</source>
        <translation>&amp;Minutter pr. truffet borger:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No round is planned and no client is due for a contact.</source>
        <translation>Ingen runde er planlagt, og ingen borger skal kontaktes nu.</translation>
    </message>
    <message>
        <source>&amp;Save results</source>
        <translation>&amp;Gem resultater</translation>
    </message>
    <message>
        <source>The round planned on %1. Met records a street contact; not met records “tried to reach”, which counts for the contact rules. Leave “not looked for” for a client you did not get to.</source>
        <translation>Runden, planlagt %1. »Truffet« registrerer en gadekontakt, »ikke truffet« registrerer »forsøgt at nå«, som tæller for kontaktreglerne. Lad »ikke opsøgt« stå for en borger, du ikke nåede.</translation>
    </message>
    <message>
        <source>No round was printed: the clients due for a contact. Met records a street contact; not met records “tried to reach”, which counts for the contact rules.</source>
        <translation>Ingen runde udskrevet: de borgere, der skal kontaktes. »Truffet« registrerer en gadekontakt, »ikke truffet« registrerer »forsøgt at nå«, som tæller for kontaktreglerne.</translation>
    </message>
    <message>
        <source>not looked for</source>
        <translation>ikke opsøgt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>truffet</translation>
    </message>
    <message>
        <source>not met (tried to reach)</source>
        <translation>ikke truffet (forsøgt at nå)</translation>
    </message>
    <message>
        <source>Outcome for %1</source>
        <translation>Resultat for %1</translation>
    </message>
    <message>
        <source>Place for %1</source>
        <translation>Sted for %1</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>Note for %1</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Resultaterne er ikke gemt</translation>
    </message>
</context>
<context>
    <name>RuleSettingDialog</name>
    <message>
        <source>Rule &amp;on</source>
        <translation>Regel slået &amp;til</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Dage:</translation>
    </message>
    <message>
        <source>The rule: %1 (the method&apos;s default: %2).</source>
        <translation>Reglen: %1 (metodens standard: %2).</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message numerus="yes">
        <source>a contact at least every %n day(s)</source>
        <translation>
            <numerusform>en kontakt senest efter %n dag</numerusform>
            <numerusform>en kontakt senest efter %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by a contact within %n day(s)</source>
        <translation>
            <numerusform>med en kontakt inden for %n dag</numerusform>
            <numerusform>med en kontakt inden for %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>listed %n day(s) before the date</source>
        <translation>
            <numerusform>vist %n dag før datoen</numerusform>
            <numerusform>vist %n dage før datoen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>CaseDesk locks itself when you have not used it for this long. You can always lock at once with Ctrl+L.</source>
        <translation>CaseDesk låser sig selv, når du ikke har brugt det så længe. Du kan altid låse med det samme med Ctrl+L.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Lås efter &amp;inaktivitet:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Passphrase</source>
        <extracomment>Set by Cancel while the passphrase changes; the export stops at its next check.</extracomment>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Nuværende adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y adgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Gentag den nye:</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>&amp;Skift adgangsfrase</translation>
    </message>
    <message>
        <source>Every page of the desk is encrypted again under the new passphrase, into a copy that takes the desk&apos;s place when it is complete (about half a minute for a very big desk). Until then Cancel leaves the desk as it was. The rolling backups are made anew under the new passphrase; backups you saved elsewhere keep the passphrase they were made with.</source>
        <translation>Hver side af skrivebordet krypteres igen under den nye adgangssætning, i en kopi, der erstatter skrivebordet, når den er færdig (omkring et halvt minut for et meget stort skrivebord). Indtil da efterlader Annullér skrivebordet, som det var. De løbende sikkerhedskopier laves på ny under den nye adgangssætning; sikkerhedskopier, du har gemt andre steder, beholder deres adgangssætning.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Chiffer:</translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation>Nøgleafledning:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Sidestørrelse:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliotek:</translation>
    </message>
    <message>
        <source>Auto-lock (this computer)</source>
        <translation>Automatisk lås (denne computer)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>%1, every page authenticated with %2</source>
        <translation>%1, hver side autentificeret med %2</translation>
    </message>
    <message>
        <source>%1, %2 iterations</source>
        <translation>%1, %2 iterationer</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Passphrase changed. From now on only the new passphrase opens this desk.</source>
        <translation>Adgangsfrasen er skiftet. Fra nu af åbner kun den nye adgangsfrase dette skrivebord.</translation>
    </message>
</context>
<context>
    <name>SelfEfficacyDialog</name>
    <message>
        <source>not answered</source>
        <translation>ikke besvaret</translation>
    </message>
    <message>
        <source>1 not at all true</source>
        <translation>1 passer slet ikke</translation>
    </message>
    <message>
        <source>2 hardly true</source>
        <translation>2 passer næppe</translation>
    </message>
    <message>
        <source>3 moderately true</source>
        <translation>3 passer nogenlunde</translation>
    </message>
    <message>
        <source>4 exactly true</source>
        <translation>4 passer helt</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>General self-efficacy</source>
        <translation>Generel mestringstro</translation>
    </message>
    <message>
        <source>Sum: %1 of 40</source>
        <translation>Sum: %1 af 40</translation>
    </message>
    <message numerus="yes">
        <source>No sum yet: %n item(s) not answered (at most 3 may be missing)</source>
        <translation>
            <numerusform>Endnu ingen sum: %n udsagn ikke besvaret (højst 3 må mangle)</numerusform>
            <numerusform>Endnu ingen sum: %n udsagn ikke besvaret (højst 3 må mangle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signed by the &amp;client on:</source>
        <translation>Underskrevet af &amp;borgeren den:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>Signed by the case &amp;manager on:</source>
        <translation>Underskrevet af &amp;sagsbehandleren den:</translation>
    </message>
    <message>
        <source>Sign the plan</source>
        <translation>Underskriv handleplanen</translation>
    </message>
    <message>
        <source>Once both have signed, this version is frozen: a change makes a new version.</source>
        <translation>Når begge har underskrevet, er denne version låst: en ændring giver en ny version.</translation>
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
        <translation>Med borgerens egne ord: hvornår, hvor, med hvem, hvordan det starter</translation>
    </message>
    <message>
        <source>Situation %1</source>
        <translation>Situation %1</translation>
    </message>
    <message>
        <source>What the client can realistically do instead</source>
        <translation>Hvad borgeren realistisk kan gøre i stedet</translation>
    </message>
    <message>
        <source>Alternatives %1</source>
        <translation>Alternativer %1</translation>
    </message>
    <message>
        <source>A trusted person, the outreach team, a crisis line</source>
        <translation>En fortrolig person, det opsøgende team, en krisetelefon</translation>
    </message>
    <message>
        <source>Type part of a name from the client&apos;s network to fill in the person and their number.</source>
        <translation>Skriv en del af et navn fra borgerens netværk for at indsætte personen og nummeret.</translation>
    </message>
    <message>
        <source>Whom to turn to %1</source>
        <translation>Hvem kan hjælpe %1</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>Udløsere:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternativer:</translation>
    </message>
    <message>
        <source>Whom to turn to:</source>
        <translation>Hvem kan hjælpe:</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Put off &amp;until:</source>
        <translation>Udskyd &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Why it can wait, e.g. in hospital until then</source>
        <translation>Hvorfor det kan vente, f.eks. indlagt indtil da</translation>
    </message>
    <message>
        <source>Put off</source>
        <translation>Udskyd</translation>
    </message>
    <message>
        <source>%1 — %2 (%3). Today lists it again on the day you choose.</source>
        <translation>%1 — %2 (%3). »I dag« viser det igen på den dag, du vælger.</translation>
    </message>
    <message>
        <source>Put off before:</source>
        <translation>Tidligere udskudt:</translation>
    </message>
    <message>
        <source>until %1 (%2, %3): %4</source>
        <translation>til %1 (%2, %3): %4</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stadie:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Forandringsstadie</translation>
    </message>
    <message>
        <source>A relapse is recorded with Record relapse…: it also plans the next steps.</source>
        <translation>Et tilbagefald registreres med »Registrér tilbagefald…«: det planlægger også de næste skridt.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Counting case episodes and end reasons…</source>
        <translation>Forløb og afslutningsårsager tælles …</translation>
    </message>
    <message>
        <source>Counting contacts…</source>
        <translation>Kontakter tælles …</translation>
    </message>
    <message>
        <source>Counting clients by sex, age and main substance…</source>
        <translation>Borgere tælles efter køn, alder og hovedstof …</translation>
    </message>
    <message>
        <source>Counting housing situations and services used…</source>
        <translation>Boligsituationer og brugte indsatser tælles …</translation>
    </message>
    <message>
        <source>Counting street work and items handed out…</source>
        <translation>Gadearbejde og udleverede ting tælles …</translation>
    </message>
    <message>
        <source>Adding up working time…</source>
        <translation>Arbejdstiden lægges sammen …</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Filen skrives …</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Et øjeblik …</translation>
    </message>
    <message>
        <source>Statistics for funders</source>
        <extracomment>The file was written (its path).</extracomment>
        <translation>Statistik til bevillingsgivere</translation>
    </message>
    <message>
        <source>Figures of a period as funders ask for them (addiction care, homeless help, street work, working time), each with a line saying which records it counts. They name no client.</source>
        <translation>Tal for en periode, som bevillingsgivere beder om dem (misbrugsbehandling, hjemløsehjælp, gadearbejde, arbejdstid), hver med en linje om, hvilke registreringer den tæller. De nævner ingen borger.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Valgte dage</translation>
    </message>
    <message>
        <source>The &amp;team&apos;s figures (every worker whose records this desk holds), each worker&apos;s beside them</source>
        <translation>Tea&amp;mets tal (alle medarbejdere, hvis data denne computer har), hver medarbejders ved siden af</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation>PDF med diagrammer</translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation>CSV (til et regneark)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Gem …</translation>
    </message>
    <message>
        <source>The last day lies before the first.</source>
        <translation>Den sidste dag ligger før den første.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Gem statistikken</translation>
    </message>
    <message>
        <source>This file is no statistics file of this kind and is never replaced. Choose another name.</source>
        <translation>Denne fil er ikke en statistikfil af denne slags og erstattes aldrig. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulleret: intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>Street</name>
    <message>
        <source>syringes</source>
        <extracomment>How long an activity is when the worker has not recorded one of its kind yet.</extracomment>
        <translation>sprøjter</translation>
    </message>
    <message>
        <source>needles</source>
        <translation>kanyler</translation>
    </message>
    <message>
        <source>naloxone kits</source>
        <translation>naloxon-kits</translation>
    </message>
    <message>
        <source>foil</source>
        <translation>folie</translation>
    </message>
    <message>
        <source>pipes</source>
        <translation>piber</translation>
    </message>
    <message>
        <source>condoms</source>
        <translation>kondomer</translation>
    </message>
    <message>
        <source>food</source>
        <translation>mad</translation>
    </message>
    <message>
        <source>drinks</source>
        <translation>drikkevarer</translation>
    </message>
    <message>
        <source>sleeping bags</source>
        <translation>soveposer</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation>tøj</translation>
    </message>
    <message>
        <source>hygiene articles</source>
        <translation>hygiejneartikler</translation>
    </message>
    <message>
        <source>information material</source>
        <translation>informationsmateriale</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Teammøde</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Network work without the client</source>
        <translation>Netværksarbejde uden borgeren</translation>
    </message>
    <message>
        <source>Further training</source>
        <translation>Efteruddannelse</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>female</source>
        <translation>kvinde</translation>
    </message>
    <message>
        <source>male</source>
        <translation>mand</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>andet køn</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>alder ukendt</translation>
    </message>
    <message>
        <source>60 and older</source>
        <translation>60 og ældre</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>under 18</translation>
    </message>
    <message>
        <source>“%1” names more than one item.</source>
        <translation>»%1« passer på mere end ét materiale.</translation>
    </message>
    <message>
        <source>“%1” is no item on the team&apos;s list.</source>
        <translation>»%1« står ikke på teamets liste.</translation>
    </message>
    <message>
        <source>Two numbers follow each other: %1.</source>
        <translation>To tal efter hinanden: %1.</translation>
    </message>
    <message>
        <source>Which item are the last %1?</source>
        <translation>Hvilket materiale er de sidste %1?</translation>
    </message>
    <message>
        <source>At most %1 of one item.</source>
        <translation>Højst %1 af ét materiale.</translation>
    </message>
    <message>
        <source>e.g. 10 syringes, 1 naloxone</source>
        <translation>f.eks. 10 sprøjter, 1 naloxon</translation>
    </message>
    <message>
        <source>Items on the team&apos;s list: %1</source>
        <translation>Materialer på teamets liste: %1</translation>
    </message>
    <message>
        <source>nothing handed out</source>
        <translation>intet udleveret</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the office</source>
        <translation>Synkronisering med kontoret</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Centralt lager</translation>
    </message>
    <message>
        <source>Check and save connection</source>
        <translation>Kontrollér og gem forbindelsen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The office gives you the login and token. They are kept only inside your encrypted desk.</source>
        <translation>Kontoret giver dig login og token. De gemmes kun i dit krypterede skrivebord.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meddelelser</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Markér som læst</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synkronisering</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikter</translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>A&amp;fviste ændringer</translation>
    </message>
    <message>
        <source>Sync is not set up yet: enter the connection above.</source>
        <translation>Synkronisering er ikke sat op endnu: indtast forbindelsen ovenfor.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ikke synkroniseret endnu.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Sidste vellykkede synkronisering: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation>
            <numerusform>&amp;Konflikter (%n)</numerusform>
            <numerusform>&amp;Konflikter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%n)</source>
        <translation>
            <numerusform>A&amp;fviste ændringer (%n)</numerusform>
            <numerusform>A&amp;fviste ændringer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Forbindelsen kontrolleres…</translation>
    </message>
    <message>
        <source>Connection saved.</source>
        <translation>Forbindelsen er gemt.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync is not set up yet. Ask the office for your login and token.</source>
        <translation>Synkronisering er ikke sat op endnu. Spørg kontoret om dit login og token.</translation>
    </message>
    <message>
        <source>The office&apos;s central store cannot be reached. Nothing was lost; try again when you are online.</source>
        <translation>Kontorets centrale lager kan ikke nås. Intet er gået tabt; prøv igen, når du er online.</translation>
    </message>
    <message>
        <source>The central store refused your login. Ask the office for new credentials.</source>
        <translation>Det centrale lager afviste dit login. Bed kontoret om nye adgangsoplysninger.</translation>
    </message>
    <message>
        <source>There is no CaseDesk central store at the configured address.</source>
        <translation>Der er intet centralt CaseDesk-lager på den angivne adresse.</translation>
    </message>
    <message>
        <source>This laptop was revoked by the office. Its local copy has been wiped.</source>
        <translation>Kontoret har spærret denne bærbare. Den lokale kopi er slettet.</translation>
    </message>
    <message>
        <source>The central store needs a newer CaseDesk. Please update; nothing was sent.</source>
        <translation>Det centrale lager kræver en nyere CaseDesk. Opdater venligst; intet blev sendt.</translation>
    </message>
    <message>
        <source>The central store is older than this CaseDesk. Please tell the office.</source>
        <translation>Det centrale lager er ældre end denne CaseDesk. Giv venligst kontoret besked.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is ahead of the office&apos;s. Correct the date and time, then sync again.</source>
        <translation>Denne bærbares ur går foran kontorets. Ret dato og klokkeslæt, og synkroniser igen.</translation>
    </message>
    <message>
        <source>These credentials belong to another worker.</source>
        <translation>Disse adgangsoplysninger tilhører en anden medarbejder.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was already sent stays sent.</source>
        <translation>Synkronisering afbrudt. Det, der allerede er sendt, forbliver sendt.</translation>
    </message>
    <message>
        <source>The office has disabled your account. Nothing was lost; ask the office to enable it again.</source>
        <translation>Kontoret har spærret din konto. Intet gik tabt; bed kontoret om at åbne den igen.</translation>
    </message>
    <message>
        <source>The central store refused part of this sync. Nothing of it was lost; sync again later, and tell the office if this keeps happening.</source>
        <translation>Det centrale lager afviste en del af denne synkronisering. Intet gik tabt; synkronisér igen senere, og sig det til kontoret, hvis det bliver ved.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Synkroniseringen mislykkedes.</translation>
    </message>
    <message>
        <source>Applied: %1 · merged: %2 · refused: %3 · received: %4.</source>
        <translation>Gennemført: %1 · flettet: %2 · afvist: %3 · modtaget: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) no longer yours were removed.</source>
        <translation>
            <numerusform>%n borger, som ikke længere er din, blev fjernet.</numerusform>
            <numerusform>%n borgere, som ikke længere er dine, blev fjernet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) were erased.</source>
        <translation>
            <numerusform>%n borger blev slettet.</numerusform>
            <numerusform>%n borgere blev slettet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s) wait for your decision.</source>
        <translation>
            <numerusform>%n afvist ændring venter på din beslutning.</numerusform>
            <numerusform>%n afviste ændringer venter på din beslutning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need resolving.</source>
        <translation>
            <numerusform>%n konflikt skal løses.</numerusform>
            <numerusform>%n konflikter skal løses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkronisér &amp;nu</translation>
    </message>
    <message>
        <source>Cancel s&amp;ync</source>
        <translation>Af&amp;bryd synkronisering</translation>
    </message>
    <message>
        <source>Not synced in this session.</source>
        <translation>Ikke synkroniseret i denne session.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Sender ændringer…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Modtager ændringer…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Set up:</source>
        <translation>Sat op:</translation>
    </message>
    <message>
        <source>Central store:</source>
        <translation>Centralt lager:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Seneste synkronisering:</translation>
    </message>
    <message>
        <source>Unsynced changes:</source>
        <translation>Ikke-synkroniserede ændringer:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Åbne konflikter:</translation>
    </message>
    <message>
        <source>The connection is set up and syncs are run in the Sync window (Ctrl+Shift+S) or with casedesk sync-setup. The token is kept inside the encrypted desk and never shown.</source>
        <translation>Forbindelsen sættes op, og der synkroniseres i vinduet Synkronisér (Ctrl+Skift+S) eller med casedesk sync-setup. Tokenet ligger kun i det krypterede skrivebord og vises aldrig.</translation>
    </message>
    <message>
        <source>Sync connection</source>
        <translation>Synkroniseringsforbindelse</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Betegnelse:</translation>
    </message>
    <message>
        <source>e.g. before the move to the hostel</source>
        <translation>f.eks. før flytningen til herberget</translation>
    </message>
    <message>
        <source>Take snapshot of the map</source>
        <translation>Gem netværkskortets stand</translation>
    </message>
    <message>
        <source>The map is kept as it is today and never changes, so you can show the client later how the network changed.</source>
        <translation>Kortet gemmes, som det er i dag, og ændres ikke mere – så kan du senere vise borgeren, hvordan netværket har ændret sig.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task for %1</source>
        <translation>Ny opgave til %1</translation>
    </message>
    <message>
        <source>e.g. accompany to the doctor</source>
        <translation>f.eks. ledsagelse til lægen</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>at a set time (appointment)</source>
        <translation>på et bestemt tidspunkt (aftale)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>klokkeslæt</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Opgave:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Forfalder:</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>due %1</source>
        <extracomment>A task was ticked done (True) or reopened (False) here: its title, for a status line. Tasks ticked done in this list and not reopened since, the latest last.</extracomment>
        <translation>forfalder %1</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation>Opgaven blev ikke ændret</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Ny opgave …</translation>
    </message>
    <message>
        <source>Tick a task (Space) to mark it done.</source>
        <translation>Sæt hak ved en opgave (mellemrum), når den er udført.</translation>
    </message>
    <message>
        <source>T&amp;asks (%1)</source>
        <translation>O&amp;pgaver (%1)</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>O&amp;pgaver</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Forfalder</translation>
    </message>
    <message>
        <source>&amp;Put off…</source>
        <translation>&amp;Udskyd…</translation>
    </message>
    <message>
        <source>Put the selected line off until a date, with a reason</source>
        <translation>Udskyd den valgte linje til en dato, med en begrundelse</translation>
    </message>
    <message>
        <source>Plan outreach &amp;round…</source>
        <translation>Planlæg opsøgende &amp;runde …</translation>
    </message>
    <message>
        <source>Print a round to look for the clients due for a contact</source>
        <translation>Udskriv en runde for at opsøge de borgere, der skal kontaktes</translation>
    </message>
    <message>
        <source>Round result&amp;s…</source>
        <translation>Rundens r&amp;esultater …</translation>
    </message>
    <message>
        <source>After the round: who was met, who was not</source>
        <translation>Efter runden: hvem blev truffet, hvem ikke</translation>
    </message>
    <message>
        <source>Return or a double-click opens the client where the line is dealt with; “Put off” puts the selected line off until a date. Space ticks a task done; Ctrl+Z reopens the task ticked last.</source>
        <translation>Enter eller et dobbeltklik åbner borgeren der, hvor linjen klares; »Udskyd« udskyder den valgte linje til en dato. Mellemrum markerer en opgave som udført; Ctrl+Z genåbner den sidst afkrydsede.</translation>
    </message>
    <message numerus="yes">
        <source>not met for %n day(s)</source>
        <translation>
            <numerusform>ikke mødt i %n dag</numerusform>
            <numerusform>ikke mødt i %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>ingen kontakt i %n dag</numerusform>
            <numerusform>ingen kontakt i %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>appointment on %1</source>
        <translation>aftale den %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>»%1«</translation>
    </message>
    <message>
        <source>the service plan</source>
        <translation>handleplanen</translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation>påbegyndt den %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>To follow up: %n line(s)</source>
        <translation>
            <numerusform>Til opfølgning: %n linje</numerusform>
            <numerusform>Til opfølgning: %n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overskredet</numerusform>
            <numerusform>%n overskredne</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Outreach round</source>
        <translation>Opsøgende runde</translation>
    </message>
    <message>
        <source>Round recorded: %1 met, %2 not met (tried to reach).</source>
        <translation>Runden er registreret: %1 truffet, %2 ikke truffet (forsøgt at nå).</translation>
    </message>
    <message>
        <source>“%1” is done. Ctrl+Z or unticking it reopens it.</source>
        <translation>»%1« er klaret. Ctrl+Z eller fjern fluebenet for at genåbne den.</translation>
    </message>
    <message>
        <source>“%1” is open again.</source>
        <translation>»%1« er åben igen.</translation>
    </message>
    <message>
        <source>Where to find</source>
        <translation>Hvor findes</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>aldrig set</translation>
    </message>
    <message>
        <source>Your clients and the clients you deputise for. Rules: %1.</source>
        <translation>Dine borgere og dem, du er stedfortræder for. Regler: %1.</translation>
    </message>
    <message>
        <source>Tasks due (%1)</source>
        <translation>Opgaver, der forfalder (%1)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock CaseDesk</source>
        <translation>Lås CaseDesk op</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your desk is locked.&lt;/b&gt;&lt;br&gt;Enter your passphrase to unlock it.</source>
        <translation>&lt;b&gt;Dit skrivebord er låst.&lt;/b&gt;&lt;br&gt;Indtast din adgangsfrase for at låse det op.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Indtast venligst din adgangsfrase.</translation>
    </message>
</context>
<context>
    <name>UsualPlaceDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Minutes a contact met on the round counts unless the worker says otherwise (a KDS contact: 10).</extracomment>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>e.g. Kottbusser Tor, Praxis Dr. Sommer</source>
        <translation>f.eks. Istedgade, Substitutionsklinikken Vesterbro</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>Ti&amp;der:</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 8–10, dosing at 9</source>
        <translation>f.eks. man–fre 8–10, udlevering kl. 9</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation>Fast sted</translation>
    </message>
    <message>
        <source>Edit usual place</source>
        <translation>Redigér fast sted</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Clarification</source>
        <translation>Afklaring</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Udredning</translation>
    </message>
    <message>
        <source>Service planning</source>
        <translation>Planlægning</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Macro goal</source>
        <translation>Overordnet mål</translation>
    </message>
    <message>
        <source>Meso goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Network person</source>
        <translation>Person fra netværket</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Forberedt</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbegyndt</translation>
    </message>
    <message>
        <source>Declined by the helper</source>
        <translation>Afvist af aktøren</translation>
    </message>
    <message>
        <source>Declined by the client</source>
        <translation>Afvist af borgeren</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Tilbud ikke tilgængeligt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>male</source>
        <translation>mand</translation>
    </message>
    <message>
        <source>female</source>
        <translation>kvinde</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>andet</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tysk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polsk</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>tyrkisk</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russisk</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainsk</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabisk</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persisk</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>kurdisk</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumænsk</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgarsk</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrinya</translation>
    </message>
    <message>
        <source>French</source>
        <translation>fransk</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spansk</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiensk</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugisisk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svensk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norsk</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albansk</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbisk</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>kroatisk</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ungarsk</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>litauisk</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>Release of confidentiality</source>
        <translation>Fritagelse for tavshedspligt</translation>
    </message>
    <message>
        <source>Case episode</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Faseskift</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Relapse-prevention card</source>
        <translation>Tilbagefaldskort</translation>
    </message>
    <message>
        <source>Team phone number</source>
        <translation>Teamets telefonnummer</translation>
    </message>
    <message>
        <source>Helper directory entry</source>
        <translation>Post i aktørlisten</translation>
    </message>
    <message>
        <source>Life domain (team)</source>
        <translation>Livsområde (team)</translation>
    </message>
    <message>
        <source>Monitoring rule setting</source>
        <translation>Indstilling af opfølgningsregel</translation>
    </message>
    <message>
        <source>Assessment of a life domain</source>
        <translation>Udredning af et livsområde</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Service in the plan</source>
        <translation>Indsats i handleplanen</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Referral state change</source>
        <translation>Ændring af henvisning</translation>
    </message>
    <message>
        <source>Monitoring rule put off</source>
        <translation>Udsat opfølgningsregel</translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation>Fast sted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Kort lavet den</translation>
    </message>
    <message>
        <source>Life domains released</source>
        <translation>Frigivne livsområder</translation>
    </message>
    <message>
        <source>Kinds of information released</source>
        <translation>Frigivne typer af oplysninger</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Samtykke givet den</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Samtykke trukket tilbage den</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Videregivet til</translation>
    </message>
    <message>
        <source>Under release</source>
        <translation>I henhold til samtykke til videregivelse</translation>
    </message>
    <message>
        <source>Life domains shared</source>
        <translation>Videregivne livsområder</translation>
    </message>
    <message>
        <source>Kinds of information shared</source>
        <translation>Videregivne typer af oplysninger</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>Hvad der blev videregivet</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Lavet af</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ændret af</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Oprettet den</translation>
    </message>
    <message>
        <source>Description the client agreed to</source>
        <translation>Beskrivelse med borgerens samtykke</translation>
    </message>
    <message>
        <source>Description agreed on</source>
        <translation>Beskrivelse godkendt den</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Type sted</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Placering i listen</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Flettet ind i</translation>
    </message>
    <message>
        <source>Joined into the case</source>
        <translation>Flettet ind i sagen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation>Maks. antal sager</translation>
    </message>
    <message>
        <source>Years kept after the last case closed</source>
        <translation>Opbevaring efter afslutning af seneste sag (år)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Alias / street name</source>
        <translation>Alias / gadenavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Date of birth approximate</source>
        <translation>Fødselsdato omtrentlig</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Where to find them</source>
        <translation>Hvor borgeren kan findes</translation>
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
        <translation>Uden fast bopæl</translation>
    </message>
    <message>
        <source>Emergency notes</source>
        <translation>Nødoplysninger</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Samtykke til databehandling</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dato for samtykke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Ansvarlig medarbejder</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <source>Deputy from</source>
        <translation>Stedfortræder fra</translation>
    </message>
    <message>
        <source>Deputy until</source>
        <translation>Stedfortræder til</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Overdragelsesnote</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Arkiveret den</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Met through outreach</source>
        <translation>Mødt gennem opsøgende arbejde</translation>
    </message>
    <message>
        <source>Came to us</source>
        <translation>Kom selv til os</translation>
    </message>
    <message>
        <source>Referred by someone</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <source>Digitally</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <source>Tie between network persons</source>
        <translation>Relation mellem netværkspersoner</translation>
    </message>
    <message>
        <source>Ecomap snapshot</source>
        <translation>Netværkskort på en dato</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Instrument item (team)</source>
        <translation>Udsagn i et instrument (team)</translation>
    </message>
    <message>
        <source>Street round</source>
        <translation>Gaderunde</translation>
    </message>
    <message>
        <source>Harm-reduction item (team)</source>
        <translation>Skadesreducerende materiale (team)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Informal or formal</source>
        <translation>Uformel eller formel</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Direction of support</source>
        <translation>Støttens retning</translation>
    </message>
    <message>
        <source>Contact frequency</source>
        <translation>Kontakthyppighed</translation>
    </message>
    <message>
        <source>Life domains covered</source>
        <translation>Dækkede livsområder</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>Place on the map (across)</source>
        <translation>Plads på kortet (vandret)</translation>
    </message>
    <message>
        <source>Place on the map (down)</source>
        <translation>Plads på kortet (lodret)</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Første person</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Anden person</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Gemt den</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registreret den</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Forandringsstadie</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Stof</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Udsagnets ordlyd</translation>
    </message>
    <message>
        <source>Relapse card to review since</source>
        <translation>Tilbagefaldskort til gennemsyn siden</translation>
    </message>
    <message>
        <source>Strength of the tie</source>
        <translation>Relationens styrke</translation>
    </message>
    <message>
        <source>Quality of the tie</source>
        <translation>Relationens kvalitet</translation>
    </message>
    <message>
        <source>Client or code person</source>
        <translation>Borger eller kodeperson</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Type af aktivitet</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Begyndt</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Mødte personer</translation>
    </message>
    <message>
        <source>People met in all</source>
        <translation>Mødte personer i alt</translation>
    </message>
    <message>
        <source>Figures estimated</source>
        <translation>Tal anslået</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Hjælper</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Udløber den</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Åbnet den</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Afslutningsgrund</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Ændret den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Varighed (minutter)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Hvem var med</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Client&apos;s state</source>
        <translation>Borgerens tilstand</translation>
    </message>
    <message>
        <source>Motivational stage</source>
        <translation>Motivationsfase</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Udført den</translation>
    </message>
    <message>
        <source>From contact</source>
        <translation>Fra kontakt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <source>Show first name</source>
        <translation>Vis fornavn</translation>
    </message>
    <message>
        <source>Show surname</source>
        <translation>Vis efternavn</translation>
    </message>
    <message>
        <source>Show date of birth</source>
        <translation>Vis fødselsdato</translation>
    </message>
    <message>
        <source>Risk situations</source>
        <translation>Risikosituationer</translation>
    </message>
    <message>
        <source>Important numbers</source>
        <translation>Vigtige numre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Type af tilbud</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Ikke længere i brug</translation>
    </message>
    <message>
        <source>Monitoring rule</source>
        <translation>Opfølgningsregel</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Slået til</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Closure reason (list)</source>
        <translation>Afslutningsårsag (liste)</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation>Adgangsvej</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist af</translation>
    </message>
    <message>
        <source>Several life domains affected</source>
        <translation>Flere livsområder berørt</translation>
    </message>
    <message>
        <source>Several helpers involved</source>
        <translation>Flere aktører involveret</translation>
    </message>
    <message>
        <source>Client agrees</source>
        <translation>Borgeren er indforstået</translation>
    </message>
    <message>
        <source>Case management appropriate</source>
        <translation>Case management er relevant</translation>
    </message>
    <message>
        <source>Screening note</source>
        <translation>Note til screening</translation>
    </message>
    <message>
        <source>Intake agreed on</source>
        <translation>Aftale indgået den</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Hvad der blev aftalt</translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation>Samtykke registreret den</translation>
    </message>
    <message>
        <source>Form of consent</source>
        <translation>Samtykkets form</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evalueret den</translation>
    </message>
    <message>
        <source>Client&apos;s view of the help</source>
        <translation>Borgerens syn på indsatsen</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Påbegyndt den</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Borgerens syn</translation>
    </message>
    <message>
        <source>Professional view</source>
        <translation>Fagligt syn</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Personal resources</source>
        <translation>Personlige ressourcer</translation>
    </message>
    <message>
        <source>Resources in the private life-world</source>
        <translation>Ressourcer i privatlivet</translation>
    </message>
    <message>
        <source>Resources in the community</source>
        <translation>Ressourcer i lokalsamfundet</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Client&apos;s priority</source>
        <translation>Borgerens prioritet</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Forrige version</translation>
    </message>
    <message>
        <source>Client&apos;s own activities</source>
        <translation>Borgerens egne aktiviteter</translation>
    </message>
    <message>
        <source>What the network gives</source>
        <translation>Netværkets bidrag</translation>
    </message>
    <message>
        <source>Contact dates</source>
        <translation>Kontaktdatoer</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revurdering den</translation>
    </message>
    <message>
        <source>Signed by the client on</source>
        <translation>Underskrevet af borgeren den</translation>
    </message>
    <message>
        <source>Signed by the case manager on</source>
        <translation>Underskrevet af sagsbehandleren den</translation>
    </message>
    <message>
        <source>Parent goal</source>
        <translation>Overordnet mål</translation>
    </message>
    <message>
        <source>Goal across versions</source>
        <translation>Mål på tværs af versioner</translation>
    </message>
    <message>
        <source>Goal level</source>
        <translation>Målniveau</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Agreed by the client</source>
        <translation>Aftalt med borgeren</translation>
    </message>
    <message>
        <source>Why it is realistic</source>
        <translation>Hvorfor det er realistisk</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarlig person</translation>
    </message>
    <message>
        <source>Goal attainment</source>
        <translation>Målopfyldelse</translation>
    </message>
    <message>
        <source>Comment on attainment</source>
        <translation>Kommentar til målopfyldelse</translation>
    </message>
    <message>
        <source>Much less than expected (−2)</source>
        <translation>Meget mindre end forventet (−2)</translation>
    </message>
    <message>
        <source>Less than expected (−1)</source>
        <translation>Mindre end forventet (−1)</translation>
    </message>
    <message>
        <source>Expected outcome (0)</source>
        <translation>Forventet resultat (0)</translation>
    </message>
    <message>
        <source>More than expected (+1)</source>
        <translation>Mere end forventet (+1)</translation>
    </message>
    <message>
        <source>Much more than expected (+2)</source>
        <translation>Meget mere end forventet (+2)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vægt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Udgift</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Hvad for</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State since</source>
        <translation>Status siden</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Opfølgning den</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Årsag til afslag</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Why without a release of confidentiality</source>
        <translation>Hvorfor uden samtykke til videregivelse</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Vedrører</translation>
    </message>
    <message>
        <source>Put off until</source>
        <translation>Udsat til</translation>
    </message>
    <message>
        <source>Items handed out</source>
        <translation>Udleverede materialer</translation>
    </message>
    <message>
        <source>(see the client file)</source>
        <translation>(se borgerens sag)</translation>
    </message>
    <message>
        <source>The client is now with %1. Hand your changes to them, or discard them.</source>
        <translation>Borgeren er nu hos %1. Videregiv dine ændringer til vedkommende, eller kassér dem.</translation>
    </message>
    <message>
        <source>The client is now with another worker. Hand your changes to them, or discard them.</source>
        <translation>Borgeren er nu hos en anden medarbejder. Videregiv dine ændringer til vedkommende, eller kassér dem.</translation>
    </message>
    <message>
        <source>You are not responsible for this client. Ask your team lead to hand the client to you and sync again, or discard the change.</source>
        <translation>Du er ikke ansvarlig for denne borger. Bed din teamleder om at overdrage borgeren til dig og synkronisér igen, eller kassér ændringen.</translation>
    </message>
    <message>
        <source>Workers&apos; details change only through the office&apos;s administration. Ask the office, and discard your change.</source>
        <translation>Oplysninger om medarbejdere ændres kun af kontorets administration. Spørg kontoret, og kassér din ændring.</translation>
    </message>
    <message>
        <source>Only team leads and administrators change the shared lists. Ask your team lead, and discard your change.</source>
        <translation>Kun teamledere og administratorer ændrer de fælles lister. Spørg din teamleder, og kassér din ændring.</translation>
    </message>
    <message>
        <source>The client was erased at the office. Discard the change.</source>
        <translation>Borgeren blev slettet på kontoret. Kassér ændringen.</translation>
    </message>
    <message>
        <source>The office cannot store a value of this change. Correct it and sync again, or discard the change.</source>
        <translation>Kontoret kan ikke gemme en værdi i denne ændring. Ret den og synkronisér igen, eller kassér ændringen.</translation>
    </message>
    <message>
        <source>The change was made while this laptop&apos;s clock was ahead. Correct the date and time and change it again, or discard the change.</source>
        <translation>Ændringen blev lavet, mens denne bærbares ur gik for hurtigt. Ret dato og tid og lav ændringen igen, eller kassér den.</translation>
    </message>
    <message>
        <source>The office did not take this change. Discard it, or ask the office.</source>
        <translation>Kontoret modtog ikke denne ændring. Kassér den, eller spørg kontoret.</translation>
    </message>
    <message>
        <source>%1 recorded a relapse of %2: look at the new tasks and the relapse card.</source>
        <translation>%1 har registreret et tilbagefald for %2: se de nye opgaver og tilbagefaldskortet.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>En kollega</translation>
    </message>
    <message numerus="yes">
        <source>%1 handed you %n change(s) to %2 they could no longer make.</source>
        <translation>
            <numerusform>%1 har givet dig %n ændring til %2, som vedkommende ikke længere kunne lave.</numerusform>
            <numerusform>%1 har givet dig %n ændringer til %2, som vedkommende ikke længere kunne lave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) %1 made offline to %2 arrived after the handover.</source>
        <translation>
            <numerusform>%n ændring, som %1 lavede offline til %2, kom efter overdragelsen.</numerusform>
            <numerusform>%n ændringer, som %1 lavede offline til %2, kom efter overdragelsen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CaseDesk</source>
        <translation>Velkommen til CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk keeps your case notes encrypted on this computer.</source>
        <translation>CaseDesk gemmer dine sagsnotater krypteret på denne computer.</translation>
    </message>
    <message>
        <source>There is no desk on this computer yet. The next steps create one:

• who works with this desk,
• a passphrase that encrypts everything in it.

Client data never leaves the encrypted desk file, except when you sync with your office.</source>
        <translation>Der er endnu intet skrivebord på denne computer. De næste trin opretter et:

• hvem der arbejder med skrivebordet,
• en adgangsfrase, der krypterer alt i det.

Borgerdata forlader aldrig den krypterede fil – undtagen når du synkroniserer med dit kontor.</translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <source>Descri&amp;ption…</source>
        <translation>Beskr&amp;ivelse …</translation>
    </message>
    <message>
        <source>The photo-free description the client agreed to</source>
        <translation>Beskrivelsen uden foto, som borgeren har givet samtykke til</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation>Faste steder</translation>
    </message>
    <message>
        <source>Add p&amp;lace…</source>
        <translation>Tilføj st&amp;ed …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Re&amp;digér …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>No usual places yet: the scene, a shelter, the substitution clinic with its hours.</source>
        <translation>Endnu ingen faste steder: miljøet, et herberg, substitutionsklinikken med dens tider.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sidst set</translation>
    </message>
    <message>
        <source>No contact with a place yet: each contact&apos;s place is added here.</source>
        <translation>Endnu ingen kontakt med sted: hver kontakts sted vises her.</translation>
    </message>
    <message>
        <source>Where to find them</source>
        <translation>Hvor borgeren findes</translation>
    </message>
    <message>
        <source>In the client&apos;s details:</source>
        <translation>I borgerens oplysninger:</translation>
    </message>
    <message>
        <source>Agreed description:</source>
        <translation>Aftalt beskrivelse:</translation>
    </message>
    <message>
        <source>Last seen (from the contacts)</source>
        <translation>Sidst set (fra kontakterne)</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Opholdssteder</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (agreed on %2)</source>
        <translation>%1 (samtykke givet %2)</translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation>ingen aftalt</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>set</translation>
    </message>
    <message>
        <source>tried, not found</source>
        <translation>forsøgt, ikke truffet</translation>
    </message>
    <message>
        <source>Remove usual place?</source>
        <translation>Fjern fast sted?</translation>
    </message>
    <message>
        <source>Remove “%1” from the usual places?</source>
        <translation>Fjern »%1« fra de faste steder?</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>&amp;Revoked on:</source>
        <translation>&amp;Tilbagekaldt den:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Tilbagekaldt den:</translation>
    </message>
    <message>
        <source>Revoke release</source>
        <translation>Stop videregivelse</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Tilbagekald samtykke</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Your name appears on the contacts and tasks you record.</source>
        <translation>Dit navn står ved de kontakter og opgaver, du registrerer.</translation>
    </message>
    <message>
        <source>e.g. Anna Becker</source>
        <translation>f.eks. Mette Jensen</translation>
    </message>
    <message>
        <source>e.g. Streetwork Nord</source>
        <translation>f.eks. Gadeteam Vesterbro</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Dit navn:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
</context>
</TS>
