<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessCopyDialog</name>
    <message>
        <source>Copy for the client (Art. 15)</source>
        <extracomment>Names the kind of document only: a client&apos;s name in a file name leaks into recent-file lists.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A readable copy of everything the desk holds about %1, with the purposes, the recipients from the disclosure log, the retention period and the client&apos;s rights (GDPR Art. 15). Contact notes and the names of others present are left out, because they may name other people (Art. 15(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s language where their file names one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Record activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished">&amp;Duration:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; a digit picks the kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1, %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>&amp;Which assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment yet. Start one with “New assessment…”: each life domain gets the client&apos;s view, yours, a rating, resources and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is completed and stays as it is. Start a new assessment to assess again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected life domain (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished">Assessment</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over its time box since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentWords</name>
    <message>
        <source>1 – most important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – least important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (completed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources in the private life-world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources in the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Opened the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed or saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague unknown to this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened or changed which client&apos;s records, when and how, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened or changed the records of %1, when and how, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened or changed this client&apos;s records, when and how, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Who</translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see your own accesses only; team leads and admins see everyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; &quot;casedesk audit&quot; lists them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with the &amp;desk&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a passphrase of its o&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds every client of this desk, encrypted. Keep it where only you and the office can reach it, e.g. on an encrypted USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished">&amp;Repeat:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of this name exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Back up &amp;now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day, at the first lock or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At every lock and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;When:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with the desk&apos;s passphrase, in this computer&apos;s data folder. They help when the desk file is damaged; they do not help when the laptop is lost — that is what the sync with the office is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is a complete, encrypted copy of this desk in one file, for a USB stick or the office&apos;s safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desk file has damaged pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desk was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last automatic backup failed on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good things about &amp;changing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not so good about c&amp;hanging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good things about &amp;staying as is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not so good about s&amp;taying as is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One reason per line, in the client&apos;s words. A weight is optional: write it in brackets at the end, e.g. &quot;more money [3]&quot;. Weighing can feed ambivalence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDeskController</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to data processing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes and phase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase itself moves with Change phase… on the overview, or here when the data suggests the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes and phase history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case episode yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode since %1 · phase: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1 (episode since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment was started on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was completed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service plan was signed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral&apos;s help started on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several life domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case management appropriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) scored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>goal attainment T-score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Caseloads</source>
        <extracomment>Print… was chosen: the window prints the report (``print_actions.caseload_report``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active clients against the team&apos;s limit, and the share of clients in monitoring with a contact in the last %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team&apos;s caseload limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team&apos;s &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;Print…</translation>
    </message>
    <message>
        <source>%1 (over the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">Not saved</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>%1 would then have %2 clients; the team&apos;s limit is %3. Assign anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client in monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <extracomment>The fields whose change means checking for duplicates again. The worker chose an existing client instead of creating this one (a possible duplicate).</extracomment>
        <translation>Edit client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>street name, nickname</source>
        <translation>street name, nickname</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>approximate (only the year is certain)</source>
        <translation>approximate (only the year is certain)</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>e.g. German, Polish</translation>
    </message>
    <message>
        <source>where to find them: scene, shelter, clinic…</source>
        <translation>where to find them: scene, shelter, clinic…</translation>
    </message>
    <message>
        <source>no fixed abode</source>
        <translation>no fixed abode</translation>
    </message>
    <message>
        <source>consents to data processing</source>
        <translation>consents to data processing</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Lang&amp;uages:</translation>
    </message>
    <message>
        <source>&amp;Where to find:</source>
        <translation>&amp;Where to find:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>&amp;Emergency notes:</source>
        <translation>&amp;Emergency notes:</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>C&amp;onsent:</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code person becomes a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be on the desk:

%1

Save a new client anyway? (No: back to the form, where you can open the existing client instead.)</source>
        <extracomment>The clients the worker saw and chose to create this one beside.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>&amp;Copy for the client (Art. 15)…</source>
        <extracomment>The tabs a code person&apos;s file shows (``street.CodePersonDialog`` edits the code itself). Another record was merged with this one; the id is the record that stayed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A readable PDF of the client&apos;s data, the recipients and their rights, in their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive client?</source>
        <extracomment>Where to find the client, beside the contacts&apos; timeline its trail is read from.</extracomment>
        <translation>Archive client?</translation>
    </message>
    <message>
        <source>Archive %1? The file is kept and can be found with &quot;Closed/archived&quot;.</source>
        <translation>Archive %1? The file is kept and can be found with &quot;Closed/archived&quot;.</translation>
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
        <translation>Last contact</translation>
    </message>
    <message>
        <source>%1 — found in a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>The search found this client in what was written about them (a contact note, the assessment or a goal), not in the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find: %1</source>
        <translation>Where to find: %1</translation>
    </message>
    <message>
        <source>Overdue for a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search name, alias, place, notes…</source>
        <extracomment>The current client changed (by click, arrow key or ``select_client``). The worker opened a client: Return or a double click on a hit, Return in the search field.</extracomment>
        <translation>Search name, alias, place, notes…</translation>
    </message>
    <message>
        <source>Down: go to the hits. Return: open the first hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Closed/archived</source>
        <translation>Closed/archived</translation>
    </message>
    <message>
        <source>Also list closed and archived clients</source>
        <translation>Also list closed and archived clients</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>what happened (required for &quot;other&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After-care call as a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-care call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this case? The client leaves the active caseload; a new episode can be opened later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePersonDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KM71m: initials, birth year, sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where to find:</source>
        <translation type="unfinished">&amp;Where to find:</translation>
    </message>
    <message>
        <source>Code person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a c&amp;lient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They gave their name, or a case begins: the same record becomes a client, every contact stays theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n life domain(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed between these two assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 compared with version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s other parts are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal changed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realistic note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client&apos;s own activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attainment scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>&amp;Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed assessment cannot be changed any more; a re-assessment starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the merged text here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save merged te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine: %1 on this laptop. Theirs: %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. Everything merged cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>&lt;b&gt;Consent to data processing&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Releases of confidentiality&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper</source>
        <translation type="unfinished">Helper</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Disclosures&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record co&amp;nsent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished">no expiry</translation>
    </message>
    <message>
        <source>%1 (no longer valid)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentVocabulary</name>
    <message>
        <source>Identity and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status and appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service plan and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scope recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished">&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished">&amp;Duration:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Place:</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas, e.g. client, mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas, e.g. housing, debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s &amp;condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage of change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>Correct contact</source>
        <extracomment>The client whose contact was corrected. The contact is on screen and may be edited (when it cannot be loaded, the dialog says so and closes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Contact cannot be corrected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>When</source>
        <extracomment>Record what was shared with a helper in this contact (the consent page&apos;s disclosure dialog).</extracomment>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished">Minutes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Select a contact to read its full note.</source>
        <translation type="unfinished">Select a contact to read its full note.</translation>
    </message>
    <message>
        <source>Show all contacts</source>
        <translation type="unfinished">Show all contacts</translation>
    </message>
    <message>
        <source>Recor&amp;d contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corr&amp;ect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a relapse told in the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was shared with a helper in the selected contact, and under which release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeli&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected contact (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact of %1? It disappears from the timeline, the protocol and the statistics on every copy. You can undo this right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact of %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Click Finish to create your encrypted desk.</source>
        <translation>Click Finish to create your encrypted desk.</translation>
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
        <translation>Language:</translation>
    </message>
    <message>
        <source>Desk file:</source>
        <translation>Desk file:</translation>
    </message>
</context>
<context>
    <name>CrisisLinesDialog</name>
    <message>
        <source>Team numbers for relapse cards</source>
        <translation>Team numbers for relapse cards</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Team numbers</source>
        <translation>Team numbers</translation>
    </message>
    <message>
        <source>New cards for a country without team numbers get that country&apos;s standard numbers (emergency, crisis and addiction lines). The team&apos;s numbers for a country replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Crisis line (24 h)</source>
        <translation>e.g. Crisis line (24 h)</translation>
    </message>
    <message>
        <source>e.g. 0800 111 0 111</source>
        <translation>e.g. 0800 111 0 111</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>&amp;Save number</source>
        <translation>&amp;Save number</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as DE or DK.</source>
        <translation>Use a two-letter country code such as DE or DK.</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the team&apos;s numbers? Cards already saved keep it.</source>
        <translation>Remove “%1” (%2) from the team&apos;s numbers? Cards already saved keep it.</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Remove number</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>Database settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependenceDialog</name>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alcohol, opioids, cannabis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>Dependence criteria (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeputyWorkDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your deputies recorded for your clients during their period, for periods that ended in the last 30 days. Sync first to see everything they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client / when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deputy&apos;s period for your clients ended in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, deputy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact or referral recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptionDialog</name>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a colleague may look for: clothes, a dog, how they like to be addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description the client agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo. Only what the client agreed to be described by; the outreach round prints it. Empty clears it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskOp</name>
    <message>
        <source>Cancel</source>
        <extracomment>``(ChangeSet, initiator)`` after every operation or sync that wrote something; the initiator is the widget that ran the operation (None for a sync), so it can skip its own.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeskSecurity</name>
    <message>
        <source>CaseDesk backups (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting every page under the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder. Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a CaseDesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this backup (if you are sure it is right, the start of the file is damaged). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged (%1). Nothing was restored; choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer CaseDesk. Please update CaseDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of this name exists and is no CaseDesk desk or backup. It is never replaced; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the desk file itself or one of its side files. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is open in another CaseDesk. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being written. Try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check did not stop in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is being changed. Try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the desk&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>no release (say why below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release&apos;s helper, unless someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;beyond the release or without one (legal duty, emergency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life &amp;domains shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinds of information shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release chosen: only with a legal duty or in an emergency, and say so below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished">no expiry</translation>
    </message>
    <message>
        <source>The release for %1 (until %2) covers: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what was shared: a life domain or a kind of information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is ticked goes beyond the release. Untick it, or confirm below why it was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the release, or confirm below why it was shared without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is for another helper. Choose theirs, or confirm below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is not valid on that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>How long ``lp`` may take to hand the job to the spooler (it returns once the job is queued).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PDF document and is never replaced. Choose another name.</source>
        <translation>This file is not a PDF document and is never replaced. Choose another name.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DomainDialog</name>
    <message>
        <source>The &amp;client&apos;s view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the client&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Professional view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources, pers&amp;onal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abilities, knowledge, motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources, pri&amp;vate life-world:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family, friends, neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources, co&amp;mmunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services, clubs, places in the neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s pr&amp;iority:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the name empty to use the method&apos;s own word again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message numerus="yes">
        <source>%n more not shown.</source>
        <translation>
            <numerusform>%n more not shown.</numerusform>
            <numerusform>%n more not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same name</source>
        <extracomment>Typing pauses this long before the new-client dialog checks again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sounds alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias like the other&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year a year apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <extracomment>The record being made a client (a code person): not its own duplicate. The draft the shown list belongs to (None while a check is pending).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;this client instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this form without saving and open the client chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate&amp;s: this person may already be on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here is changed by itself. Open both to compare them; a pair that are two people leaves the list with “Not the same person”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the two records one: choose which stays and which values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the pairs marked as not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two clients on this desk look like the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of clients may be the same person; the most alike are shown.</source>
        <translation>
            <numerusform>%n pair of clients may be the same person; the most alike are shown.</numerusform>
            <numerusform>%n pairs of clients may be the same person; the most alike are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of clients may be the same person.</source>
        <translation>
            <numerusform>%n pair of clients may be the same person.</numerusform>
            <numerusform>%n pairs of clients may be the same person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) marked as not the same person are left out.</source>
        <translation>
            <numerusform>%n pair marked as not the same person is left out.</numerusform>
            <numerusform>%n pairs marked as not the same person are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ecomap</name>
    <message>
        <source>Family</source>
        <extracomment>The place is stored this long after the last arrow key, not once per key (auto-repeat). Screen text never shrinks below this (pixels) when the map is fitted into a small view. A PNG has this many pixels per scene unit: about 2000 px across for a full map. Zoom relative to the whole map fitted into the view: from the whole map to this many times it. One Ctrl+Plus or button press; one notch of the wheel zooms by ``WHEEL_ZOOM_STEP``. A tie is hit by a click this far (scene units) beside its ink, at the least.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formal (professional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supportive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rarely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double circle: formal help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle size: importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Minus, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished">Zoom out</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Plus, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished">Zoom in</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Not saved</source>
        <extracomment>How the window that opened this dialog reopens it after the lock (&quot;&quot; when it cannot); ``client_id`` is the client it is about.</extracomment>
        <translation type="unfinished">Not saved</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this form. Close it and lose what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase client (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Everything recorded about this client is deleted: personal data, contacts and notes, tasks, plans and relapse cards.&lt;/li&gt;&lt;li&gt;It is deleted on this laptop now, and on the office&apos;s central store and every colleague&apos;s laptop at their next sync.&lt;/li&gt;&lt;li&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; Only an anonymous number remains.&lt;/li&gt;&lt;/ul&gt;If the client asked for a copy of their data, print the handover summary, the service plan and the counselling protocols from the Print menu first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the client&apos;s name as shown: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not match yet. Type it as shown above to erase, or press Escape to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>Enter a name or an alias.</source>
        <translation>Enter a name or an alias.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>This date is too far in the past.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>This does not look like a phone number.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>This value is out of range.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>The passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <source>This contains a character that cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a local date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has the form of a raw key (x&apos;…&apos;). Choose another passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date lies before the date it was granted.</source>
        <translation>The expiry date lies before the date it was granted.</translation>
    </message>
    <message>
        <source>This value is not known.</source>
        <translation>This value is not known.</translation>
    </message>
    <message>
        <source>This date lies before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be taken over from the other record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies before the episode opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies before the case was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies before the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies before the change it follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies before the referral&apos;s last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is closed with Close case…, which asks for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no open case episode. Reopen the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral cannot move to this state from where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a helper from the directory or name a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest version can be changed. Open the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan has one macro goal; add this as a meso goal under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro goal stands at the top of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meso goal stands under the macro goal or at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step stands under a meso goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These belong to different case episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These belong to different clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many entries here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tie needs two different persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the passphrase the desk has now. Choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies before the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leads and admins change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goes beyond what the release of confidentiality covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release of confidentiality is for another helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release of confidentiality is not valid on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be used.</source>
        <translation>This value cannot be used.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Follow-up task</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helper</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Granted on</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Motivational stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-care call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation type="unfinished">Service plan</translation>
    </message>
    <message>
        <source>Goal level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; please try again.</source>
        <translation>Wrong passphrase. Nothing was changed; please try again.</translation>
    </message>
    <message>
        <source>There is no desk file at this place.</source>
        <translation>There is no desk file at this place.</translation>
    </message>
    <message>
        <source>A desk file already exists at this place.</source>
        <translation>A desk file already exists at this place.</translation>
    </message>
    <message>
        <source>This file is not a CaseDesk desk.</source>
        <translation>This file is not a CaseDesk desk.</translation>
    </message>
    <message>
        <source>The desk file is damaged and cannot be opened. Restore it from a backup or sync it again from the office.</source>
        <translation>The desk file is damaged and cannot be opened. Restore it from a backup or sync it again from the office.</translation>
    </message>
    <message>
        <source>This desk was written by a newer version of CaseDesk. Please update CaseDesk.</source>
        <translation>This desk was written by a newer version of CaseDesk. Please update CaseDesk.</translation>
    </message>
    <message>
        <source>A folder stands where the desk file should be. Move the folder away, then start CaseDesk again.</source>
        <translation>A folder stands where the desk file should be. Move the folder away, then start CaseDesk again.</translation>
    </message>
    <message>
        <source>The desk file or its folder cannot be written (read-only). Nothing was changed. Check the file&apos;s permissions or the drive.</source>
        <translation>The desk file or its folder cannot be written (read-only). Nothing was changed. Check the file&apos;s permissions or the drive.</translation>
    </message>
    <message>
        <source>The disk is full. Free at least %1 MB and try again; nothing saved was lost.</source>
        <translation>The disk is full. Free at least %1 MB and try again; nothing saved was lost.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>The disk is full. Free some space and try again; nothing saved was lost.</translation>
    </message>
    <message>
        <source>The desk is in use by another CaseDesk. Close it there, then try again.</source>
        <translation>The desk is in use by another CaseDesk. Close it there, then try again.</translation>
    </message>
    <message>
        <source>The desk cannot be opened.</source>
        <translation>The desk cannot be opened.</translation>
    </message>
    <message>
        <source>Your desk is open and whole. A leftover write-ahead log that did not belong to it was set aside as %1; nothing of your desk was lost.</source>
        <translation>Your desk is open and whole. A leftover write-ahead log that did not belong to it was set aside as %1; nothing of your desk was lost.</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been removed by a sync.</source>
        <translation>This entry no longer exists. It may have been removed by a sync.</translation>
    </message>
    <message>
        <source>Only a team lead or an administrator can change the team&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Your saved data is safe. If this happens again, please tell your administrator.</source>
        <translation>Something went wrong and the last action was not completed. Your saved data is safe. If this happens again, please tell your administrator.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+2 much more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s &amp;view of the help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished">Evaluation</translation>
    </message>
    <message>
        <source>The plan has no goals to score; the client&apos;s view can still be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CaseDesk</source>
        <translation>Set up CaseDesk</translation>
    </message>
    <message>
        <source>Creating your encrypted desk…</source>
        <translation>Creating your encrypted desk…</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Type a date such as %1, or press Alt+Down for a calendar; leave it empty when it is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date such as %1, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>A new language takes effect when CaseDesk is restarted.</source>
        <translation>A new language takes effect when CaseDesk is restarted.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Cop&amp;y device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk file:</source>
        <translation type="unfinished">Desk file:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished">Team:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this laptop is lost or stolen, the office revokes it by this id on the central store; it wipes its desk when it next reaches the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished">General</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should hold, in the client&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we will see that it is reached (measurable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by the &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realistic because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when a network person carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attainment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−2 (muc&amp;h worse):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 (somewhat wors&amp;e):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (e&amp;xpected outcome):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 (somewhat &amp;better):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+2 (much bet&amp;ter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it. Status and attainment stay editable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Deputy</source>
        <extracomment>A deputy&apos;s period as first offered: two weeks from today.</extracomment>
        <translation type="unfinished">Deputy</translation>
    </message>
    <message>
        <source>Hand over client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who deputises for %1 while the case manager is away, and for which days. The deputy&apos;s laptop receives this client at its first sync in the period and lets it go at the first sync after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the worker who takes over %1 for good. Unless you deputise for this client, the client disappears from this laptop at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading workers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deputy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until further &amp;notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the new case manager needs to know: agreements, risks, next steps. Printed on the handover summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk knows no other worker yet. Colleagues appear here after the first sync with the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand %1 over to %2?

%2 becomes the case manager. Unless you deputise for this client, the client disappears from this laptop at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">Not saved</translation>
    </message>
    <message>
        <source>The case manager cannot be the deputy as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker is no longer known on this desk. Sync and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentItemsDialog</name>
    <message>
        <source>The team&apos;s self-efficacy items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Language:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general self-efficacy scale asks these ten items in the client&apos;s language. A team that works with a published adaptation enters its wording here; Return changes the selected item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>Strong desire or compulsion to use (craving)</source>
        <extracomment>&quot;Not answered&quot; in a combo box (which cannot hold None as its data).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty controlling onset, amount or end of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal symptoms, or use to relieve them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance: more is needed for the same effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other interests and pleasures neglected in favour of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use continued despite clearly harmful consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impaired control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increasing priority of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physiological features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10: %1 of 6 criteria – dependence (3 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10: %1 of 6 criteria – no dependence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-11: %1 of 3 groups – dependence (2 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-11: %1 of 3 groups – no dependence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <source>Stage of change</source>
        <extracomment>The stages on the chart&apos;s vertical axis, in the order of the model (relapse is an event).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-efficacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Instrument history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stag&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisional balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-efficacy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record rela&amp;pse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record is kept with its date; a new one never overwrites an earlier one. Stages set on a contact show here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from a contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum %1 of 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sum (more than 3 items missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing: %1 for, %2 against · staying: %3 for, %4 against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisional balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependence criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage of change recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last relapse on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relapse ●</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several &amp;life domains affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several &amp;helpers involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client a&amp;grees?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;management appropriate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who referred the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent recorded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the name empty to use the built-in word again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTextDialog</name>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to use the shipped wording again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>The team&apos;s harm-reduction items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and street rounds count the items handed out in these words and this order. A retired item is left out of new counts; the counts made stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifeDomainsDialog</name>
    <message>
        <source>The team&apos;s life domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assessment of the team covers these domains in this order. A retired domain is left out of new work; what was written about it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire life domain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessments leave out “%1”. What was written about it stays, and you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains not changed</source>
        <translation type="unfinished"></translation>
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
        <translation>Select a client on the left, or press Ctrl+T for Today.</translation>
    </message>
    <message>
        <source>DEMO — this desk holds made-up example data, not real clients.</source>
        <translation>DEMO — this desk holds made-up example data, not real clients.</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>&amp;Record contact…</source>
        <translation>&amp;Record contact…</translation>
    </message>
    <message>
        <source>Record a contact quickly</source>
        <translation>Record a contact quickly</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>New &amp;task…</translation>
    </message>
    <message>
        <source>New task for the selected client</source>
        <translation>New task for the selected client</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Edit client…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Find client</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Who is overdue, what is due</source>
        <translation>Who is overdue, what is due</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation>Lock the desk</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>&amp;About CaseDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Street r&amp;ound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a street round or group contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time that is no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Sync and print</source>
        <translation>Sync and print</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the office&apos;s central store (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsynced change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team phone &amp;numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helper directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caseloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose last case closed longer ago than the team keeps data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;While you were away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your deputies did for your clients during their period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team&apos;s &amp;life domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-&amp;efficacy items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm-reduction &amp;items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access lo&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Worker: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Desk: %1</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>About CaseDesk</source>
        <translation>About CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk %1
Encrypted case management for outreach work.</source>
        <translation>CaseDesk %1
Encrypted case management for outreach work.</translation>
    </message>
    <message>
        <source>Quit CaseDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form is open with changes that are not saved. Quit and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved draft(s) from before the lock restored — save or discard them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceSection</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every page of the desk and checks its authentication code and the database&apos;s structure. You can go on working meanwhile; on a very big desk it takes about half a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes, %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage found: every page and the structure are whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <extracomment>Field name → (group, the button of the first record, the button of the second).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading both records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record stays?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that differ: choose the one to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records have an open case: the two are joined into one case, which keeps the earlier start and the phase that is further along.</source>
        <extracomment>Shown when both records have an open case (``MergePreview.joins_open_episodes``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the record that goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not match yet. Type it as shown above to merge, or press Escape to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 and %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;second: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records say the same in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Every contact, case, task, card and other record of %1 moves to the record that stays, on this laptop now and on every copy at its next sync.&lt;/li&gt;&lt;li&gt;%1 is then no longer listed; what colleagues&apos; laptops still file under it arrives under the record that stays. Its values not chosen above are deleted.&lt;/li&gt;&lt;li&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the name of the record that goes: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The records are one now: %n record(s) moved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the case manager of both records, a team lead or an administrator merges them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the records was merged already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the records was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePartnerDialog</name>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record is the same person as %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringRules</name>
    <message>
        <source>Contact in monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact in any open phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed appointment followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment time box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release of confidentiality expiring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringRulesDialog</name>
    <message>
        <source>The team&apos;s monitoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today lists what these rules find for every worker of the team. A rule that is off lists nothing; Return changes the selected rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring rules not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthPickerDialog</name>
    <message>
        <source>Monthly activity report</source>
        <translation>Monthly activity report</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Show report</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
</context>
<context>
    <name>NetworkPersonDialog</name>
    <message>
        <source>less important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sister, GP, drinking mate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the helper directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New network person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains the relationship covers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkRelationDialog</name>
    <message>
        <source>&amp;Between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie between two persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>No network persons yet. Insert adds one.</source>
        <extracomment>The map&apos;s context menu, just opened (for tests; it closes itself).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a tie between two persons (also in the map&apos;s context menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab walks the persons, the arrow keys move the selected one, Return edits. Menu key: more. Ctrl+Plus, Ctrl+Minus, Ctrl+0: zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many persons the client names around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 informal, %3 formal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, friends, neighbours and the scene come before professional help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties recorded among the persons out of all possible ties (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons tied to no one else in the network, once such ties are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons who hold otherwise separate parts together: bridges and gatekeepers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons whose tie to the client is stressful or broken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network map of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and their ties from the map? Snapshots keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ties between persons yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tie between %1 and %2 from the map? The persons stay; snapshots keep the tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untie %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Tie to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished">&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network-map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a map saved before and is never replaced. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by (time box):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the texts of the previous assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier assessments stay as they are. The method time-boxes an assessment to six weeks unless you agree another date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Name:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation type="unfinished">Alias:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished">Date of birth:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Gender:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">Languages:</translation>
    </message>
    <message>
        <source>Where to find:</source>
        <translation type="unfinished">Where to find:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished">Phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished">Address:</translation>
    </message>
    <message>
        <source>Emergency notes:</source>
        <translation type="unfinished">Emergency notes:</translation>
    </message>
    <message>
        <source>Data processing:</source>
        <translation type="unfinished">Data processing:</translation>
    </message>
    <message>
        <source>Confidentiality releases:</source>
        <translation type="unfinished">Confidentiality releases:</translation>
    </message>
    <message>
        <source>Case manager:</source>
        <translation type="unfinished">Case manager:</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation type="unfinished">Deputy:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">Ed&amp;it…</translation>
    </message>
    <message>
        <source>Recor&amp;d contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened or changed this client&apos;s records, when and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has a second record: make the two one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;release…</source>
        <translation type="unfinished">Add re&amp;lease…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deputy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished">Restor&amp;e</translation>
    </message>
    <message>
        <source>Take the client back into the active caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase (GDPR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this client&apos;s data on every copy, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s data was erased (GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was merged into another one; its records are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished">Archived</translation>
    </message>
    <message>
        <source>no fixed abode</source>
        <translation type="unfinished">no fixed abode</translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished">given</translation>
    </message>
    <message>
        <source>given on %1</source>
        <translation type="unfinished">given on %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished">not given</translation>
    </message>
    <message>
        <source>%1 (since %2, until %3)</source>
        <translation type="unfinished">%1 (since %2, until %3)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished">%1 (since %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Strength: very weak</source>
        <translation type="unfinished">Strength: very weak</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation type="unfinished">Strength: weak</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation type="unfinished">Strength: fair</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation type="unfinished">Strength: good</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished">Strength: strong</translation>
    </message>
    <message>
        <source>several words or a long sentence are easier to remember and harder to guess</source>
        <translation type="unfinished">several words or a long sentence are easier to remember and harder to guess</translation>
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
        <translation>The passphrase encrypts your desk. You type it every time you unlock CaseDesk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write the passphrase down and keep it safe.&lt;/b&gt; Nobody can recover it, not even the office. If you lose it, the data on this laptop is lost; what was already synced can be restored from the office.</source>
        <translation>&lt;b&gt;Write the passphrase down and keep it safe.&lt;/b&gt; Nobody can recover it, not even the office. If you lose it, the data on this laptop is lost; what was already synced can be restored from the office.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <translation>Strength: very weak</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Strength: weak</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Strength: fair</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Strength: good</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <source>several words or a long sentence are easier to remember and harder to guess</source>
        <translation>several words or a long sentence are easier to remember and harder to guess</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>&amp;New phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the case moves on (goes into the phase history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close the case, use Close case… on the Case tab: it asks for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <source>What the &amp;network gives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family, friends, neighbours — before any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client &amp;does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanServiceDialog</name>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. debt counselling, supported housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ayer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Versio&amp;n:</source>
        <extracomment>The letter of each SMART part, as the method&apos;s acronym spells it in every language. The client&apos;s network persons, offered as the person responsible for a goal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it. Status and attainment stay editable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal at the top of the plan (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;b-goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal under the selected one (Shift+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected goal (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goa&amp;l…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected goal and its sub-goals (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signat&amp;ures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mor&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the previous version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;&amp; &amp;goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service plan yet. New goal (Ins) starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the client on %1 and by the case manager on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, signed by one side so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1. The SMART check is a reminder; the goal is saved as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the goal “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-goal(s) go with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version %1 from version %2? Version %2 stays as it is; the new one is a draft to change and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed plans are frozen — make a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print &amp;service plan…</source>
        <translation>Print &amp;service plan…</translation>
    </message>
    <message>
        <source>Print &amp;assessment summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;handover summary…</source>
        <translation>Print &amp;handover summary…</translation>
    </message>
    <message>
        <source>Print &amp;counselling protocol…</source>
        <translation>Print &amp;counselling protocol…</translation>
    </message>
    <message>
        <source>&amp;Monthly activity report…</source>
        <translation>&amp;Monthly activity report…</translation>
    </message>
    <message>
        <source>Deputy &amp;briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page for each client you deputise for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of &amp;relapse cards…</source>
        <translation>Sheet of &amp;relapse cards…</translation>
    </message>
    <message>
        <source>The protocol of the contact selected in the timeline</source>
        <translation>The protocol of the contact selected in the timeline</translation>
    </message>
    <message>
        <source>The latest version of the service plan, for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s latest assessment, per life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal attainment per goal, the T-score and the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Document &amp;language</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Service plan</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client has no assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished">Evaluation</translation>
    </message>
    <message>
        <source>This client has no case episode to evaluate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover summary</source>
        <translation>Handover summary</translation>
    </message>
    <message>
        <source>Deputy briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling protocol</source>
        <translation>Counselling protocol</translation>
    </message>
    <message>
        <source>Monthly activity report</source>
        <translation>Monthly activity report</translation>
    </message>
    <message>
        <source>Team caseloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of relapse cards</source>
        <translation>Sheet of relapse cards</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are not on the sheet because they do not fit:</source>
        <translation>
            <numerusform>%n card is not on the sheet because it does not fit:</numerusform>
            <numerusform>%n cards are not on the sheet because they do not fit:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the sheet have no risk situation yet, only numbers:</source>
        <translation>
            <numerusform>%n card on the sheet has no risk situation yet, only numbers:</numerusform>
            <numerusform>%n cards on the sheet have no risk situation yet, only numbers:</numerusform>
        </translation>
    </message>
    <message>
        <source>No client has a relapse card yet.</source>
        <translation>No client has a relapse card yet.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Select a contact in the client&apos;s timeline first.</source>
        <translation>Select a contact in the client&apos;s timeline first.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Addiction counselling centre North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. outpatient counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished">&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <source>Choose a helper</source>
        <extracomment>The helper to select after the next read (the one just saved).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution, service type or contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New helper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No helper matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is empty: add the team&apos;s first helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire “%1” from the directory? Referrals already made keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire helper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Record contact</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <source>Type a name, alias or code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new &amp;anonymous code person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone known only by a code (initials, birth year, sex) or a street name: what you typed becomes their code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What happened, what was agreed…</source>
        <translation>What happened, what was agreed…</translation>
    </message>
    <message>
        <source>optional, e.g. call the job centre</source>
        <translation>optional, e.g. call the job centre</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Follow-up task:</source>
        <translation>&amp;Follow-up task:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>D&amp;ue on:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type the code or street name of the new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one client from the list.</source>
        <translation>Choose one client from the list.</translation>
    </message>
    <message>
        <source>Saved: %1 with %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation>Contact not saved</translation>
    </message>
    <message>
        <source>Discard contact?</source>
        <translation>Discard contact?</translation>
    </message>
    <message>
        <source>The note you wrote will be lost.</source>
        <translation>The note you wrote will be lost.</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. relapse, lost the flat (goes into the phase history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the &amp;last assessment&apos;s texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assess</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>a person (name below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tied to a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helper:</source>
        <translation type="unfinished">&amp;Helper:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when not a helper from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. outpatient counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;directory…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStateDialog</name>
    <message>
        <source>&amp;New state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for declining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happens instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>State history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was shared…</source>
        <extracomment>What was shared with the helper of the chosen referral (the disclosure log, one step).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking</source>
        <translation type="unfinished">Linking</translation>
    </message>
    <message>
        <source>Helper d&amp;irectory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for declining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred without a release of confidentiality: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedChangesView</name>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office took every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward to their worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s new responsible worker gets these changes at your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)? They are removed from this laptop, and the next sync brings back the office&apos;s version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelapseCardEditor</name>
    <message>
        <source>Card version</source>
        <extracomment>Printed unchanged after a relapse, the worker saying it was gone through with the client. Since when a relapse asks for a look at the card (the tab tells the editor).</extracomment>
        <translation>Card version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Back to the current card</source>
        <translation>Back to the current card</translation>
    </message>
    <message>
        <source>Use as basis for a new version</source>
        <translation>Use as basis for a new version</translation>
    </message>
    <message>
        <source>Fit warning</source>
        <translation>Fit warning</translation>
    </message>
    <message>
        <source>The card prints in this language, whatever the program&apos;s language.</source>
        <translation>The card prints in this language, whatever the program&apos;s language.</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Card language:</source>
        <translation>Card language:</translation>
    </message>
    <message>
        <source>Print on the card:</source>
        <translation>Print on the card:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Important numbers</source>
        <translation>Important numbers</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Marks a number row the worker typed into, so a change of card language leaves it alone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom to turn to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk situation %1</source>
        <translation type="unfinished">Risk situation %1</translation>
    </message>
    <message>
        <source>Important number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relapse card of %1 is not printed: its text does not fit, even in the smallest print and with the room a card can take. Shorten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add team numbers</source>
        <translation>Add team numbers</translation>
    </message>
    <message>
        <source>From network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the name and number of a person from the client&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>Sav&amp;e card</translation>
    </message>
    <message>
        <source>Saves a new version of the card (Ctrl+S)</source>
        <translation>Saves a new version of the card (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Relapse card</source>
        <translation>Relapse card</translation>
    </message>
    <message>
        <source>The relapse card has unsaved changes. Discard them?</source>
        <translation>The relapse card has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>The unsaved relapse card could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from before the lock – save or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 arrived meanwhile. Your unsaved changes are kept and will be saved as the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>New card – not saved yet</source>
        <translation>New card – not saved yet</translation>
    </message>
    <message>
        <source>Version %1 — %2 — %3</source>
        <translation>Version %1 — %2 — %3</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This client has no card yet.</source>
        <translation>This client has no card yet.</translation>
    </message>
    <message>
        <source>You are looking at version %1 of %2. It can be previewed and printed again, but not changed.</source>
        <translation>You are looking at version %1 of %2. It can be previewed and printed again, but not changed.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>No changes – the card is still version %1.</source>
        <translation>No changes – the card is still version %1.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>At most %1 numbers fit on the card.</source>
        <translation>At most %1 numbers fit on the card.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n number(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The team has no default numbers yet</source>
        <translation>The team has no default numbers yet</translation>
    </message>
    <message>
        <source>Edit the team&apos;s numbers…</source>
        <translation>Edit the team&apos;s numbers…</translation>
    </message>
    <message>
        <source>No one in the client&apos;s network has a phone number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds at most %1 numbers: remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not fit on the card, even in the smallest large print. Shorten the marked text or turn off large print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not fit on the card, even in the smallest print. Shorten the marked text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text needs more room than planned: the card prints as %n fold-out(s), numbers or situations continue on the next one.</source>
        <translation>
            <numerusform>The text needs more room than planned: the card prints as %n fold-out, numbers or situations continue on the next one.</numerusform>
            <numerusform>The text needs more room than planned: the card prints as %n fold-outs, numbers or situations continue on the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card has no risk situation yet: it would print with empty inner panels.

Print it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relapse was recorded on %1 and the card is unchanged since.

Have you gone through it with the client? Yes prints it and marks it as looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card does not fit and is not printed like this: shorten the text marked in the card editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the card…</source>
        <translation>Preparing the card…</translation>
    </message>
    <message>
        <source>Relapse card – preview</source>
        <translation>Relapse card – preview</translation>
    </message>
</context>
<context>
    <name>RelapseCardTab</name>
    <message>
        <source>&amp;Relapse card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relapse was recorded on %1: go through the card with the client. Saving a new version marks it as looked at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelapseDialog</name>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>what happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This records the relapse (a late entry keeps its true date), plans a contact within 48 hours and a re-assessment, and marks the relapse card for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact after the relapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assess after the relapse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release of confidentiality</source>
        <translation>Release of confidentiality</translation>
    </message>
    <message>
        <source>e.g. Jobcenter Mitte, Dr. Sommer</source>
        <translation>e.g. Jobcenter Mitte, Dr. Sommer</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>&amp;Helper:</source>
        <translation>&amp;Helper:</translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation>&amp;Granted on:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expires on:</translation>
    </message>
    <message>
        <source>a person (name below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Sommer, when not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life &amp;domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinds of information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one life domain or kind of information the release covers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseOverrideDialog</name>
    <message>
        <source>No release of confidentiality</source>
        <extracomment>A new referral&apos;s follow-up, unless the worker sets another: check back after a week.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release of confidentiality for %1. Refer anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why refer without it (kept with the referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the case is taken on again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as a new episode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a &amp;new desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace this desk (CaseDesk locks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked first: its passphrase, its version and every page. The restored desk opens with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a new desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk desks (*.casedesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk locks, puts the backup in place of this desk and asks for the backup&apos;s passphrase. What was recorded after the backup and not synced is lost. Replace this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk file of this name exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored to %1. Open it now? This desk locks first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Last case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is due for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years the team keeps closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep closed cases (years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of clients to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase ticked clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The team keeps a client&apos;s data %n year(s) after their last case closed. These clients&apos; cases are all closed, the last one longer ago than that, and they have had no contact since. Tick each client you have checked, then type how many you ticked to erase them for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To confirm, type the number of clients ticked: &lt;b&gt;%n&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the clients to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Erasing %v of %m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) erased.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the others; they are still on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">Not saved</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Street round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>e.g. Kottbusser Tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When more were met than the table counts, or only roughly how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: no names here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished">&amp;Duration:</translation>
    </message>
    <message>
        <source>People &amp;met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&amp;ems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished">Save (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>Round saved: %n people met</source>
        <translation>
            <numerusform>Round saved: %n person met</numerusform>
            <numerusform>Round saved: %n people met</numerusform>
        </translation>
    </message>
    <message>
        <source>Round not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard round?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts you entered will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundPlanDialog</name>
    <message>
        <source>Plan outreach round</source>
        <extracomment>The sheet is ready: its PDF (the preview shows it, saves it where the worker chooses, prints it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients a contact rule lists on Today; the overdue are ticked. Space ticks or unticks. The sheet shows where each was last seen, their usual places and hours, the description they agreed to and what to do if you do not find them. Enter the results afterwards with Today › Round results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find</source>
        <translation type="unfinished">Where to find</translation>
    </message>
    <message>
        <source>Clients for the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is due for a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never seen</source>
        <translation type="unfinished">never seen</translation>
    </message>
    <message numerus="yes">
        <source>not met for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation type="unfinished">
            <numerusform>no contact for %n day</numerusform>
            <numerusform>no contact for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the round sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundResultsDialog</name>
    <message>
        <source>Round results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Round &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes per client met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>No round is planned and no client is due for a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round planned on %1. Met records a street contact; not met records “tried to reach”, which counts for the contact rules. Leave “not looked for” for a client you did not get to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round was printed: the clients due for a contact. Met records a street contact; not met records “tried to reach”, which counts for the contact rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met (tried to reach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSettingDialog</name>
    <message>
        <source>Rule &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule: %1 (the method&apos;s default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message numerus="yes">
        <source>a contact at least every %n day(s)</source>
        <translation>
            <numerusform>a contact at least every %n day</numerusform>
            <numerusform>a contact at least every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by a contact within %n day(s)</source>
        <translation>
            <numerusform>by a contact within %n day</numerusform>
            <numerusform>by a contact within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>listed %n day(s) before the date</source>
        <translation>
            <numerusform>listed %n day before the date</numerusform>
            <numerusform>listed %n days before the date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>CaseDesk locks itself when you have not used it for this long. You can always lock at once with Ctrl+L.</source>
        <translation>CaseDesk locks itself when you have not used it for this long. You can always lock at once with Ctrl+L.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Lock after &amp;inactivity:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>Passphrase</source>
        <extracomment>Set by Cancel while the passphrase changes; the export stops at its next check.</extracomment>
        <translation type="unfinished">Passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of the desk is encrypted again under the new passphrase, into a copy that takes the desk&apos;s place when it is complete (about half a minute for a very big desk). Until then Cancel leaves the desk as it was. The rolling backups are made anew under the new passphrase; backups you saved elsewhere keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished">Security</translation>
    </message>
    <message>
        <source>%1, every page authenticated with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. From now on only the new passphrase opens this desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfEfficacyDialog</name>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 not at all true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hardly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 moderately true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 exactly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>General self-efficacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %1 of 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No sum yet: %n item(s) not answered (at most 3 may be missing)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signed by the &amp;client on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the case &amp;manager on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once both have signed, this version is frozen: a change makes a new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationBox</name>
    <message>
        <source>Risk situation %1</source>
        <translation>Risk situation %1</translation>
    </message>
    <message>
        <source>In the client&apos;s own words: when, where, with whom, how it starts</source>
        <translation>In the client&apos;s own words: when, where, with whom, how it starts</translation>
    </message>
    <message>
        <source>Situation %1</source>
        <translation>Situation %1</translation>
    </message>
    <message>
        <source>What the client can realistically do instead</source>
        <translation>What the client can realistically do instead</translation>
    </message>
    <message>
        <source>Alternatives %1</source>
        <translation>Alternatives %1</translation>
    </message>
    <message>
        <source>A trusted person, the outreach team, a crisis line</source>
        <translation>A trusted person, the outreach team, a crisis line</translation>
    </message>
    <message>
        <source>Type part of a name from the client&apos;s network to fill in the person and their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to turn to %1</source>
        <translation>Whom to turn to %1</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>Triggers:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternatives:</translation>
    </message>
    <message>
        <source>Whom to turn to:</source>
        <translation>Whom to turn to:</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Put off &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it can wait, e.g. in hospital until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3). Today lists it again on the day you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put off before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relapse is recorded with Record relapse…: it also plans the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Counting case episodes and end reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting clients by sex, age and main substance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting housing situations and services used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting street work and items handed out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up working time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics for funders</source>
        <extracomment>The file was written (its path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of a period as funders ask for them (addiction care, homeless help, street work, working time), each with a line saying which records it counts. They name no client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;team&apos;s figures (every worker whose records this desk holds), each worker&apos;s beside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day lies before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is no statistics file of this kind and is never replaced. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Street</name>
    <message>
        <source>syringes</source>
        <extracomment>How long an activity is when the worker has not recorded one of its kind yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naloxone kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hygiene articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network work without the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished">female</translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished">male</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation type="unfinished">diverse</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 and older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names more than one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no item on the team&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two numbers follow each other: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which item are the last %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10 syringes, 1 naloxone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items on the team&apos;s list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing handed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office gives you the login and token. They are kept only inside your encrypted desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up yet: enter the connection above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refused changes (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync is not set up yet. Ask the office for your login and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s central store cannot be reached. Nothing was lost; try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store refused your login. Ask the office for new credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CaseDesk central store at the configured address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop was revoked by the office. Its local copy has been wiped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store needs a newer CaseDesk. Please update; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store is older than this CaseDesk. Please tell the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is ahead of the office&apos;s. Correct the date and time, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials belong to another worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled. What was already sent stays sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has disabled your account. Nothing was lost; ask the office to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store refused part of this sync. Nothing of it was lost; sync again later, and tell the office if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 · merged: %2 · refused: %3 · received: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) no longer yours were removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) were erased.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s) wait for your decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need resolving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel s&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Set up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsynced changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is set up and syncs are run in the Sync window (Ctrl+Shift+S) or with casedesk sync-setup. The token is kept inside the encrypted desk and never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">never</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. before the move to the hostel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is kept as it is today and never changes, so you can show the client later how the network changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task for %1</source>
        <translation>New task for %1</translation>
    </message>
    <message>
        <source>e.g. accompany to the doctor</source>
        <translation>e.g. accompany to the doctor</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a set time (appointment)</source>
        <translation>at a set time (appointment)</translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>due %1</source>
        <extracomment>A task was ticked done (True) or reopened (False) here: its title, for a status line. Tasks ticked done in this list and not reopened since, the latest last.</extracomment>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Task not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished">&amp;New task…</translation>
    </message>
    <message>
        <source>Tick a task (Space) to mark it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;asks (%1)</source>
        <translation type="unfinished">T&amp;asks (%1)</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation type="unfinished">T&amp;asks</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected line off until a date, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan outreach &amp;round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a round to look for the clients due for a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round result&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the round: who was met, who was not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or a double-click opens the client where the line is dealt with; “Put off” puts the selected line off until a date. Space ticks a task done; Ctrl+Z reopens the task ticked last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not met for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>no contact for %n day</numerusform>
            <numerusform>no contact for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>appointment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To follow up: %n line(s)</source>
        <translation>
            <numerusform>To follow up: %n line</numerusform>
            <numerusform>To follow up: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <source>Outreach round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round recorded: %1 met, %2 not met (tried to reach).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is done. Ctrl+Z or unticking it reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find</source>
        <translation>Where to find</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>never seen</translation>
    </message>
    <message>
        <source>Your clients and the clients you deputise for. Rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due (%1)</source>
        <translation>Tasks due (%1)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock CaseDesk</source>
        <translation>Unlock CaseDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your desk is locked.&lt;/b&gt;&lt;br&gt;Enter your passphrase to unlock it.</source>
        <translation>&lt;b&gt;Your desk is locked.&lt;/b&gt;&lt;br&gt;Enter your passphrase to unlock it.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Please enter your passphrase.</translation>
    </message>
</context>
<context>
    <name>UsualPlaceDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Minutes a contact met on the round counts unless the worker says otherwise (a KDS contact: 10).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Place:</translation>
    </message>
    <message>
        <source>e.g. Kottbusser Tor, Praxis Dr. Sommer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 8–10, dosing at 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Note:</translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit usual place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Clarification</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Service planning</source>
        <translation>Service planning</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Linking</translation>
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
        <translation>Closed</translation>
    </message>
    <message>
        <source>Macro goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meso goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>diverse</source>
        <translation>diverse</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
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
        <translation>French</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegian</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbian</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croatian</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hungarian</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lithuanian</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release of confidentiality</source>
        <translation type="unfinished">Release of confidentiality</translation>
    </message>
    <message>
        <source>Case episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse-prevention card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring rule setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of a life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation type="unfinished">Service plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral state change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring rule put off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of information released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of information shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description the client agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined into the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years kept after the last case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Last name</translation>
    </message>
    <message>
        <source>Alias / street name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">Date of birth</translation>
    </message>
    <message>
        <source>Date of birth approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed abode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished">Consent date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished">Deputy</translation>
    </message>
    <message>
        <source>Deputy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Met through outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie between network persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument item (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm-reduction item (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal or formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domains covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the map (across)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the map (down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse card to review since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength of the tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of the tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client or code person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helper</source>
        <translation type="unfinished">Helper</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation type="unfinished">Granted on</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished">Expires on</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished">Phase</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished">Date and time</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivational stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished">Large print</translation>
    </message>
    <message>
        <source>Show first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important numbers</source>
        <translation type="unfinished">Important numbers</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure reason (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several life domains affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several helpers involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management appropriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s view of the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources in the private life-world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources in the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s own activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the client on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the case manager on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal across versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is realistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much less than expected (−2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than expected (−1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcome (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than expected (+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much more than expected (+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why without a release of confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put off until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see the client file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is now with %1. Hand your changes to them, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is now with another worker. Hand your changes to them, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not responsible for this client. Ask your team lead to hand the client to you and sync again, or discard the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; details change only through the office&apos;s administration. Ask the office, and discard your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leads and administrators change the shared lists. Ask your team lead, and discard your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was erased at the office. Discard the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office cannot store a value of this change. Correct it and sync again, or discard the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was made while this laptop&apos;s clock was ahead. Correct the date and time and change it again, or discard the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office did not take this change. Discard it, or ask the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded a relapse of %2: look at the new tasks and the relapse card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 handed you %n change(s) to %2 they could no longer make.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) %1 made offline to %2 arrived after the handover.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CaseDesk</source>
        <translation>Welcome to CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk keeps your case notes encrypted on this computer.</source>
        <translation>CaseDesk keeps your case notes encrypted on this computer.</translation>
    </message>
    <message>
        <source>There is no desk on this computer yet. The next steps create one:

• who works with this desk,
• a passphrase that encrypts everything in it.

Client data never leaves the encrypted desk file, except when you sync with your office.</source>
        <translation>There is no desk on this computer yet. The next steps create one:

• who works with this desk,
• a passphrase that encrypts everything in it.

Client data never leaves the encrypted desk file, except when you sync with your office.</translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <source>Descri&amp;ption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo-free description the client agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;lace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">Ed&amp;it…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usual places yet: the scene, a shelter, the substitution clinic with its hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with a place yet: each contact&apos;s place is added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the client&apos;s details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen (from the contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (agreed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried, not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove usual place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the usual places?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>&amp;Revoked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Your name appears on the contacts and tasks you record.</source>
        <translation>Your name appears on the contacts and tasks you record.</translation>
    </message>
    <message>
        <source>e.g. Anna Becker</source>
        <translation>e.g. Anna Becker</translation>
    </message>
    <message>
        <source>e.g. Streetwork Nord</source>
        <translation>e.g. Streetwork Nord</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
</TS>
