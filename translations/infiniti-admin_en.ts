<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerFilesEndpointsText</name>
    <message>
        <source>your answer files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your in-progress forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the answer file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in was refused or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your roles do not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not accept the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is busy; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it conflicts with what is on the server (a name already taken, or a state that does not allow it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to send could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthEndpoints</name>
    <message>
        <source>sign in as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no Infiniti sign-in at this address: check the Manage URL (usually https://server/Manage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no Infiniti sign-in at this address: check the Produce URL (usually https://server/Produce).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Base64FileBodyText</name>
    <message>
        <source>“%1” cannot be read any more (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed while it was being sent; the upload was broken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed after it was read; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed size while it was being sent (%L2 bytes when it was read, %L3 now); the upload was broken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed size after it was read (%L2 bytes then, %L3 now); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed while it was being sent; the upload was broken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed after it was read; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read while it was being sent (%2); the upload was broken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” became shorter while it was being sent; the upload was broken off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Base64MemberStreamText</name>
    <message>
        <source>the file in the answer is not valid Base64 (misplaced &apos;=&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file in the answer is not valid Base64 (a character &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file in the answer is not valid Base64 (an escaped character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file in the answer is not valid Base64 (it ends in the middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON (a control character in a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds the file twice (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds more than its file: over %1 besides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer ends in the middle of a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer holds no file (no &quot;%1&quot; string)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted before (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeStyle</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on %1: promoting creates it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on %1: promoting can delete it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On both, not alike: promoting makes %1&apos;s like %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientEndpointsText</name>
    <message>
        <source>list the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start generating documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the operation of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionText</name>
    <message>
        <source>list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text: the file is in another encoding (Excel&apos;s “CSV (Comma delimited)” writes Windows-1252). Save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSourcesEndpoints</name>
    <message>
        <source>data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayWords</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST</source>
        <translation type="unfinished"></translation>
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
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersEndpointsText</name>
    <message>
        <source>content folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormChooser</name>
    <message numerus="yes">
        <source>Not offered: %n form(s) the server lists without an id (%1).</source>
        <translation>
            <numerusform>Not offered: %n form the server lists without an id (%1).</numerusform>
            <numerusform>Not offered: %n forms the server lists without an id (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ans&amp;wer file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project v&amp;ersion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest (e.g. 4.3 for forms that match project versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log the generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show o&amp;utputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Named values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;ta files:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalFind</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the &amp;individual members instead of the group address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members you add or remove here are changed on the server when you save the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To be saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member changes to be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops the selected member changes: nothing is sent for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsEndpoints</name>
    <message>
        <source>list groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the members of group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>its “%1” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no list of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of the list is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryEndpointsText</name>
    <message>
        <source>the content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add “%1” to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save library item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the file of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the history of library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download version %1 of library item %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryUploadDialog</name>
    <message>
        <source>Add to the content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, types, categories and folders can be changed here before anything is sent; the lists offer what the library already uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseDialog</name>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenancy key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenancy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tenancy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseEndpoints</name>
    <message>
        <source>read the license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the tenancy key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseKeyDialog</name>
    <message>
        <source>Update license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the license key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the whole license key you were sent, or load the file it came in. Once the server accepts it, it replaces the current license.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputsLookupDialog</name>
    <message>
        <source>Outputs of a submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation id, a run id or an output id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generated in this session (pick one, or type an id above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCursor</name>
    <message>
        <source>the server keeps sending the same page (page %1 repeats page %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s list does not end (more than %L1 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server keeps sending the same page (its link to the next page, %1, leads back to a page already read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server listed %1 twice while the list was read: the list changed meanwhile (or its paging is not stable), so others may be missing. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty page whose link to the next one (%1) is on another site, so the rest of the list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent %1 empty pages in a row, each linking to another; reading stopped there, so the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerText</name>
    <message>
        <source>the role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publish folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connector setting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the communication template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data object “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publication “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector settings come with the connectors installed on a server; the API cannot create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its secrets (connection string, credentials) are not sent: set them there, or include secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it will have no password there (passwords never leave a server): set one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a connector setting&apos;s value can be changed through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value is a secret: include secrets to promote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only secrets differ: include secrets to promote them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its secrets stay as they are there (secrets not included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is newer on the target: promoting replaces it with the source&apos;s older one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API cannot delete custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API cannot delete connector settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting was not confirmed with the target&apos;s name “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting on the target was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target has a project of this name under another id; a sync package would clash with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API cannot move a project to another folder or change its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder and type stay as they are there: the API cannot move a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, which the target does not have: tick it too, or the server will refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parent folder is not on the target: tick it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data source is not on the target: tick it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its project is not on the target: tick it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its publish folder is not on the target: tick it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will arrive outside any folder: its content folder is not on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1 as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with its secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the regular endpoints, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one sync package (exported from %1, imported into %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareFormDialog</name>
    <message>
        <source>Prepare a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as an &amp;in-progress form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: prepare it for this user (needs the Impersonate permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Named values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;ta files:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectImportDialog</name>
    <message>
        <source>Import projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet. These packages were read on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite projects that exist (each gets a new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite &amp;content library items that exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in each project&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPackageText</name>
    <message>
        <source>projects.xml names a project without a Guid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects.xml names a project “%1” that is not a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects.xml lists “%1” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects.xml is not well-formed (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects.xml lists no projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no projects.xml, so it is not a project package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition of “%1” (%2.xml) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n project(s)</source>
        <translation>
            <numerusform>%1: %n project</numerusform>
            <numerusform>%1: %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition of “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1.xml in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsEndpointsText</name>
    <message>
        <source>import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the project to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the history of project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a sync package: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a sync package: the file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export version %1 of project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionBodiesText</name>
    <message>
        <source>%1 is not on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its publish folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its layout project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <source>Include &amp;secrets (connection strings, connector values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the target connection, to confirm the deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences that remain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Allow preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow restart after submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create in-progress forms automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log form interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforce validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update document fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the navigation pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show form activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match project version for in-progress forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict availability dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow offline launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish page message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completion message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Troubleshooting mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s API has this switch only, not the dates it applies to: the dates are neither shown nor set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishedProjectsEndpointsText</name>
    <message>
        <source>published projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the publication %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un-publish %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QListWidget</name>
    <message>
        <source>Not known to this console; kept as the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <extracomment>%1: a file type as its suffix in capitals (IXPKG, DOCX); %2: the suffix as in names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>&amp;Give it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to send a &amp;notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s Manage screens offer this, but its API documents no such choice: a server that does not know it notifies nobody.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsText</name>
    <message>
        <source>version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesEndpoints</name>
    <message>
        <source>list roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete role %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsEndpoints</name>
    <message>
        <source>custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Fields of both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;changed fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Infiniti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the Manage site of an Infiniti server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://server/Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this saved connection and its remembered sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;oduce URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <source>Export a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content library items, content folders and published projects go with the projects that use them. Connector settings and connection strings are left out unless ticked: they hold passwords. Users, groups and roles are left out unless ticked: the server puts in all of its own, not only those the projects use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <source>Parts of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPropertiesDialog</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Street address&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Postal address&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User must &amp;change password at next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password never e&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ulture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of these &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles given &amp;directly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the custom fields defined on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersEndpoints</name>
    <message>
        <source>list users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user with that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowEndpointsText</name>
    <message>
        <source>workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipText</name>
    <message>
        <source>it cannot be read from the start again (not a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (it is cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ZIP file (too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (no central directory: it may be cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is split across several disks, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (its ZIP64 end record is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (it needs a ZIP64 end record and has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (its directory points outside the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (its directory is shorter than its entry count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (its directory cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (entry %1 of its directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (a name runs past its directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (the ZIP64 sizes of “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds an entry named “%1”, which points outside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (it holds “%1” twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (the sizes of “%1” disagree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” claims to expand %2 times (%3 bytes from %4): refused as a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries of the ZIP file overlap: refused as a zip bomb or a damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (“%1” has no local header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP file is damaged (the local name of “%1” differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (its checksums disagree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%2” overlap: refused as a zip bomb or a damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no “%1” in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to read at once (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses a compression method we cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (longer than its directory says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading “%1” was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (it does not decompress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (its sizes disagree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged (checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed while it was being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” grew past 4 GiB while it was being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it is not a ZIP file (%n byte(s) long)</source>
        <translation>
            <numerusform>it is not a ZIP file (%n byte long)</numerusform>
            <numerusform>it is not a ZIP file (%n bytes long)</numerusform>
        </translation>
    </message>
    <message>
        <source>it is not a ZIP file (it does not begin as one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a whole ZIP file (its ZIP64 end is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a whole ZIP file (its directory is not where its end says: cut short or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a whole ZIP file (it does not end as one: cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti-ctl</name>
    <message>
        <source>sign in and remember the token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign out (logoff) and forget the remembered token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;library %1&apos; needs --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one item&apos;s details; with --out, its file saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the item&apos;s file here instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a file (named after the file unless --name says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s name (default: the file&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; --file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload a new version of the item&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; &lt;version&gt; --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save one version&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the file goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;library export&apos; needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition, days left, seats and projects against their limits, modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key KEY | --key-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install a new license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;license update&apos; needs --key KEY or --key-file FILE (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forms you may run: folder, form, publish id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forms the signed-in user may run (Produce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;publishId&gt; [--value label=value]... [--data FILE]... [--answer-file FILE] [--version V] [--wait [--out DIR] [--wait-timeout S]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start generating documents; prints the operation id and URL. --wait follows it and saves the documents (into the current folder without --out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form&apos;s project version (default: the published one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --wait: the folder for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;generate --out DIR&apos; saves documents only with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate documents from a form (Produce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;operation-or-output-id&gt; --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the documents of an earlier generation (every page of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;outputs&apos; needs --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the documents of an earlier generation (Produce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a form in advance; prints the URL that opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved form&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a form for someone to open (Produce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; --name NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a project a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;projects rename&apos; needs --name NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; --out FILE|DIR [--version V] | --all DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project&apos;s .ixpkg (into a folder: under the server&apos;s file name); --all: every project, one .ixpkg each (a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file, or a folder for the server&apos;s file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version rather than the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every project into the folder DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;projects export&apos; needs &lt;id&gt; --out FILE|DIR, or --all DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE... [--overwrite] [--folder NAME] [--comment TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import .ixpkg packages, one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content folder new projects go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new versions&apos; comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE... [--json|--csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what .ixpkg packages hold (projects, files), read here: nothing is sent, no server needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles and their permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
    <message>
        <source>custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom fields (they cannot be deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln custom field(s)</source>
        <translation>
            <numerusform>%Ln custom field</numerusform>
            <numerusform>%Ln custom fields</numerusform>
        </translation>
    </message>
    <message>
        <source>communication template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln communication template(s)</source>
        <translation>
            <numerusform>%Ln communication template</numerusform>
            <numerusform>%Ln communication templates</numerusform>
        </translation>
    </message>
    <message>
        <source>content folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content folders and their groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln content folder(s)</source>
        <translation>
            <numerusform>%Ln content folder</numerusform>
            <numerusform>%Ln content folders</numerusform>
        </translation>
    </message>
    <message>
        <source>publish folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish folders and their groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln publish folder(s)</source>
        <translation>
            <numerusform>%Ln publish folder</numerusform>
            <numerusform>%Ln publish folders</numerusform>
        </translation>
    </message>
    <message>
        <source>connector setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln connector setting(s)</source>
        <translation>
            <numerusform>%Ln connector setting</numerusform>
            <numerusform>%Ln connector settings</numerusform>
        </translation>
    </message>
    <message>
        <source>data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data sources (connection strings only with --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln data source(s)</source>
        <translation>
            <numerusform>%Ln data source</numerusform>
            <numerusform>%Ln data sources</numerusform>
        </translation>
    </message>
    <message>
        <source>data object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data objects of one data source (--datasource ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln data object(s)</source>
        <translation>
            <numerusform>%Ln data object</numerusform>
            <numerusform>%Ln data objects</numerusform>
        </translation>
    </message>
    <message>
        <source>library item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content library: items, their files and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln library item(s)</source>
        <translation>
            <numerusform>%Ln library item</numerusform>
            <numerusform>%Ln library items</numerusform>
        </translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects: versions, export (backups), import, packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message>
        <source>workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every workflow (administrators): abort, reassign, revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln workflow(s)</source>
        <translation>
            <numerusform>%Ln workflow</numerusform>
            <numerusform>%Ln workflows</numerusform>
        </translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in user&apos;s workflow tasks (Produce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>answer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in user&apos;s answer files (Produce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer file(s)</source>
        <translation>
            <numerusform>%Ln answer file</numerusform>
            <numerusform>%Ln answer files</numerusform>
        </translation>
    </message>
    <message>
        <source>in-progress form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in user&apos;s in-progress forms (Produce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln in-progress form(s)</source>
        <translation>
            <numerusform>%Ln in-progress form</numerusform>
            <numerusform>%Ln in-progress forms</numerusform>
        </translation>
    </message>
    <message>
        <source>--datasource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item (all pages): a table, --json or --csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; | --name USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; --datasource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one user, by id or by username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one item by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the username, instead of &lt;id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;users get&apos; takes an &lt;id&gt; or --name USERNAME (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file FILE --datasource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; --file FILE --datasource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create one from a JSON object (--file - reads standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the keys a JSON object gives; the others stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON object; - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; needs --file FILE (or --file - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --datasource ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync packages: projects and everything they need, between servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the package goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sync export&apos; needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--without takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [--mode MODE | --mode PART=MODE]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE: Always (default), IfNotExists or IfNewer; prints what was created, updated and skipped per part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode takes Always, IfNotExists or IfNewer, alone or as PART=MODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or update users from CSV; prints a CSV report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every row and report what would happen; change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give it to another user or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (shown to the new assignee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 reassign&apos; needs --to USER-OR-GROUP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a workflow in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a workflow back to its previous state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock a task someone has open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a task (when it allows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a task back to its previous state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwords are never taken from the command line; use INFINITI_PASSWORD or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no verb &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bom, --delimiter and --csv-raw shape --csv output; add --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more: infiniti-ctl %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which server: --server URL or --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s Manage URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Produce URL, when it is not the Manage URL with /Manage -&gt; /Produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection saved by infiniti-admin (instead of --server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds of silence to wait for on each request (default 30, longer for uploads and exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log each request and answer on standard error (tokens redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help: of the command or verb it follows, else this overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the server&apos;s JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print CSV (UTF-8, CRLF, a header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV starts with a UTF-8 byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV field separator: &apos;,&apos; (default), &apos;;&apos; or &apos;tab&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes &apos;,&apos;, &apos;;&apos; or &apos;tab&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV cells exactly as the server has them: no &apos; before = + - @ (for programs, not spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name the verb asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input file; - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the downloaded file (or folder of files) goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data source whose data objects these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check and report, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a project that exists as its new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project version (default: the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question&apos;s answer (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--value needs label=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data file (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer file (XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow the generation to its end and save the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --wait: give up after S seconds (default 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user or group it goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save it as an in-progress form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare it for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave this part out (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, IfNotExists or IfNewer, for every part or as PART=MODE (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: infiniti-ctl [options] &lt;command&gt; [&lt;verb&gt;] [arguments] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infiniti and SmartIQ administration on the command line, for scripts and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;infiniti-ctl help &lt;command&gt;&apos; for a command&apos;s verbs and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: infiniti-ctl %1 &lt;verb&gt; [arguments] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;infiniti-ctl help %1 &lt;verb&gt;&apos; for one verb; &apos;infiniti-ctl --help&apos; for the global options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: infiniti-ctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (--server, --profile, --user, --timeout, --verbose…): &apos;infiniti-ctl --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These go before or after the command; a command&apos;s own options are in its help. Options
take their value as --name VALUE or --name=VALUE; &quot;--&quot; ends the options (for an argument
that starts with &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to-server URL | --to-profile NAME [--to-user NAME] [--part PART]... [--json|--csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare this server (the source) with the target: one row per difference — part, name, change as seen from the target (added, removed, changed), details. Exit 0 when they match, 7 when they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare only this part (repeatable; default: all): roles, groups, customFields, users, contentFolders, publishFolders, connectorSettings, communicationTemplates, dataSources, dataObjects, libraryItems, projects, publishedProjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare two servers (the target&apos;s password: INFINITI_TO_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to-server URL | --to-profile NAME [--to-user NAME] (--item PART:ID... | --all-changed [--part PART]...) [--dry-run] [--include-secrets] [--delete --confirm-target NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the target like this server for the differences named: prints what was created, updated, left alone or refused (and why), then compares again. Nothing is deleted without --delete and --confirm-target; secrets stay behind without --include-secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --all-changed: only this part (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the steps planned; change nothing (only the comparison reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;promote&apos; needs either --item PART:ID (repeatable) or --all-changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--part goes with --all-changed; an --item names its part itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item needs PART:ID, e.g. users:jane.citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item: the part is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delete needs --confirm-target NAME: the target&apos;s name, as confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm-target goes with --delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote differences from this server to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which server is the target: --to-server URL or --to-profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target server&apos;s Manage URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account on the target (default: the saved connection&apos;s last user, else --user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target as a connection saved by infiniti-admin (instead of --to-server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare only this part (repeatable; default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PART:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a difference to promote: its part and its name, key or id (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote every difference (of the parts given with --part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let connection strings, credentials and connector values cross too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete on the target what is only there (needs --confirm-target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --delete: the target&apos;s name (its saved connection&apos;s name, else its URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is read from INFINITI_PASSWORD, or from standard input when it is not a
terminal (login asks on the terminal); never from the command line. Without either,
the token remembered by &apos;login&apos; is used. The target of diff and promote: its password
from INFINITI_TO_PASSWORD, else the same one; else its remembered token; else asked on
the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 other failure (also output that could not be written),
2 usage error, 3 authentication failure (401/403), 4 network failure (unreachable,
timeout, TLS), 5 server error (5xx, unreadable answer), 6 request rejected (404, 409,
400, other 4xx), 7 the servers differ (diff), 130 interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds any one request may take in all, however slowly its answer comes (default 300, an hour for uploads and exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number of seconds (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the server to tell the new assignee (not in the vendor&apos;s API: a server may ignore it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PROJECT-ID...] --out FILE [--with PART]... [--without PART]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync package of the projects (all by default) and what they need (library items, data sources, folders, custom fields); connectorSettings and connectionStrings (passwords, in clear text) and users, groups and roles only --with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with %1 and --without %1 contradict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put in a part left out by default (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (did you mean &apos;%2&apos;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no verb &apos;%2&apos; (did you mean &apos;%3&apos;?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  export INFINITI_PASSWORD=...    (or: echo &quot;$PW&quot; | infiniti-ctl ...)
  infiniti-ctl --server https://host/Manage --user admin users list --csv &gt; users.csv
  infiniti-ctl --profile Production users get --name jane@example.com --json
  infiniti-ctl --profile Production projects export --all backup/
  infiniti-ctl --profile Production sync export --out all.iqpkg --with users
  infiniti-ctl --profile Test diff --to-profile Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file FILE [--name NAME] [--category C] [--folder NAME] [--description D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;publishId&gt; [--value label=value]... [--in-progress] [--description D] [--as-user USER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; --to NAME [--comment TEXT] [--notify]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;id&gt; --to NAME [--comment TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the license key (seen in the process list: --key-file is safer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file holding the license key; - for standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::AccountAccess</name>
    <message>
        <source>read your permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user&apos;s roles and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the permissions of the role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what your account may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s lists do not give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roles of the group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::AnswerFilesPane</name>
    <message>
        <source>In-progress forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;XML:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln in-progress form(s)</source>
        <translation>
            <numerusform>%Ln in-progress form</numerusform>
            <numerusform>%Ln in-progress forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer file(s)</source>
        <translation>
            <numerusform>%Ln answer file</numerusform>
            <numerusform>%Ln answer files</numerusform>
        </translation>
    </message>
    <message>
        <source>New in-progress form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were saved as a new answer file, but the old “%1” could not be deleted: both are there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not change an answer file in place: saving stores your version as a new answer file and then deletes this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ApiJob</name>
    <message>
        <source>No session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent nothing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole answer did not arrive within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than the %1 this console takes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its length (Content-Length: %1) is not a length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected it to %1, another site; that is not followed, so your sign-in is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirects it in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected it from HTTPS to plain HTTP, which is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete (%1 bytes came).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its link to the next page is not a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected it elsewhere, and a request it already read is not sent a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after the request went out and before any answer, so it may or may not have been done. Check before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this connection&apos;s server, so the sign-in was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secure connection could be made: the server may not serve HTTPS at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::BulkProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed:</source>
        <translation>
            <numerusform>%n failed:</numerusform>
            <numerusform>%n failed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::CertificateTrustDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer does not trust. Someone may be pretending to be the server. Trust it only if the fingerprint matches the one your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 has changed&lt;/b&gt; since you trusted it for this connection. A server gets a new certificate when the old one is renewed — but this is also what it looks like when someone intercepts the connection. Trust the new one only if its fingerprint matches the one your administrator gave you for the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::CompareWindow</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all s&amp;hown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap source and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences are seen from the target: a promotion makes the target like the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the differences of one part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every difference the filters show, for promoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the differences shown as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview how the ticked differences would be promoted to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: the sign-in to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different connections: the source and the target are both %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one part to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 matches %2 in the %n part(s) compared (read in %3 s).</source>
        <translation>
            <numerusform>%1 matches %2 in the %n part compared (read in %3 s).</numerusform>
            <numerusform>%1 matches %2 in the %n parts compared (read in %3 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1 objects on %2, %3 on %4 (read in %5 s). Double-click a row or press Return to see both sides.</source>
        <translation>
            <numerusform>%n difference: %1 objects on %2, %3 on %4 (read in %5 s). Double-click a row or press Return to see both sides.</numerusform>
            <numerusform>%n differences: %1 objects on %2, %3 on %4 (read in %5 s). Double-click a row or press Return to see both sides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “%1” and compare again, or sign in to %2 as someone allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read to describe %2: untick %2 and compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare again to sign in to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s)</source>
        <translation>
            <numerusform>%Ln difference</numerusform>
            <numerusform>%Ln differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln ticked</numerusform>
            <numerusform>%Ln ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the differences shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differences %1 to %2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by a promotion: the differences below are from before it. Compare again before promoting more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to another server and save it as a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” was added and is signed in: Compare when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one connection: add the server to compare with (New connection…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ConnectionPool</name>
    <message>
        <source>%1 (this console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” is no longer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to “%1” to compare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not trusted; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to another server to compare with. The connection is saved for next time, as in the sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” is already saved: choose it in the list instead, or give this one another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ConnectionStatus</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server last answered at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. The next request asks you to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s first answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ConsoleController</name>
    <message>
        <source>Demo emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in cannot be remembered on this computer because no keychain is available (it may be locked or missing). You will be asked to sign in next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not trusted; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its remembered sign-in could not be removed from the keychain (%1). Unlock the keychain and try again; the connection stays until then, so that no sign-in is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::DataFilesTable</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (*.xml *.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data source, or its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the data sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no data sources to choose from; a data source&apos;s id can still be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Type the data source&apos;s id instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::DataSourcesPane</name>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow connection e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hema (XSD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export default d&amp;ata</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln data source(s)</source>
        <translation>
            <numerusform>%Ln data source</numerusform>
            <numerusform>%Ln data sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Data objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;answer file data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display f&amp;ields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln data object(s)</source>
        <translation>
            <numerusform>%Ln data object</numerusform>
            <numerusform>%Ln data objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a data source to see its data objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data objects of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API sets only the kind of credentials. The user name and password (or key) themselves are entered on the Infiniti server, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter data sources (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter data objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::DetailsSheet</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::DifferencesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As seen from the target: added = only on the source, removed = only on the target, changed = on both but not alike.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::DownloadJob</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty: no file came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a web page (%1), not the file: a sign-in page or an error page from the server or a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a JSON answer (%1), not the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a JSON answer, not the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file in it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file in it is %Ln byte(s) long where the answer says %1</source>
        <translation>
            <numerusform>the file in it is %Ln byte long where the answer says %1</numerusform>
            <numerusform>the file in it is %Ln bytes long where the answer says %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::EntityDialog</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you changed here has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: see the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::FieldErrors</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::FileListModel</name>
    <message>
        <source>list the generated files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::FolderTreeModel</name>
    <message>
        <source>%1 (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sub-folders could not be loaded: %1 — use Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with rights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::FolderTreePanel</name>
    <message>
        <source>The folders could not be loaded: %1 &lt;a href=&quot;retry&quot;&gt;Retry&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups with rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the groups already given rights are offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-folder(s)</source>
        <translation>
            <numerusform>%n sub-folder</numerusform>
            <numerusform>%n sub-folders</numerusform>
        </translation>
    </message>
    <message>
        <source>It holds %1. The vendor does not document what the server does with them when their folder is deleted: it may refuse, delete them too, or keep them in a folder that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what it holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;sub-folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename and rights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;loading its sub-folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::FormsPane</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outputs of a submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the forms you may run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no forms you may run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) you may run. Double-click one to generate documents.</source>
        <translation>
            <numerusform>%n form you may run. Double-click one to generate documents.</numerusform>
            <numerusform>%n forms you may run. Double-click one to generate documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms you may run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists this form without an id, so it cannot be run or prepared from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by form, version or folder (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No form matches the filter (%n in all).</source>
        <translation>
            <numerusform>No form matches the filter (%n in all).</numerusform>
            <numerusform>No form matches the filter (%n in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n form(s) shown.</source>
        <translation>
            <numerusform>%1 of %n form shown.</numerusform>
            <numerusform>%1 of %n forms shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No form is selected: select one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::FreshUpdateJob</name>
    <message>
        <source>No session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::GenerateDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The documents are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started; nothing was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer files could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was generated: the server sent the answer file “%1” without its answers (no XML).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::GlobalFind</name>
    <message>
        <source>Find %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the rows loaded in %1, and asks the server for a user of exactly that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the rows loaded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: type more to narrow them</source>
        <translation>
            <numerusform>…and %n more: type more to narrow them</numerusform>
            <numerusform>…and %n more: type more to narrow them</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>why a result was found: a column&apos;s title and what it holds</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::GroupDialog</name>
    <message>
        <source>External (managed by a directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System group (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the username of the user to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already to be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be added when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected members are not read yet, so none was taken out: scroll through them first, or select fewer.</source>
        <translation>
            <numerusform>%Ln of the selected members are not read yet, so none was taken out: scroll through them first, or select fewer.</numerusform>
            <numerusform>%Ln of the selected members are not read yet, so none was taken out: scroll through them first, or select fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) will be taken out of the group when you save.</source>
        <translation>
            <numerusform>%n member will be taken out of the group when you save.</numerusform>
            <numerusform>%n members will be taken out of the group when you save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What you changed here has not been saved, including %n change(s) to the members: none of it is sent.</source>
        <translation>
            <numerusform>What you changed here has not been saved, including %n change to the members: none of it is sent.</numerusform>
            <numerusform>What you changed here has not been saved, including %n changes to the members: none of it is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown: this server does not search, so the filter covers the members loaded so far</source>
        <translation>
            <numerusform>%Ln shown: this server does not search, so the filter covers the members loaded so far</numerusform>
            <numerusform>%Ln shown: this server does not search, so the filter covers the members loaded so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) match</source>
        <translation>
            <numerusform>%Ln member match</numerusform>
            <numerusform>%Ln members match</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::GroupsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::GroupsPane</name>
    <message>
        <source>Filter groups (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already members of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>a system group is part of Infiniti itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the group&apos;s own roles are offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name, email and roles were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done, still waiting below (Save tries them again, Cancel drops them):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::HistoryDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s).</source>
        <translation>
            <numerusform>%n version.</numerusform>
            <numerusform>%n versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1, but no application opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ItemListDelegate</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>names not shown</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::JsonFormDialog</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (empty: default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not well-formed XML (see the line above): correct it to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::JsonListModel</name>
    <message>
        <source>Hidden: open the item to reveal it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console will speak %1 when you restart it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::LibraryModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::LibraryPane</name>
    <message>
        <source>Filter by name, category, folder… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content library is empty. Drop files here to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one type only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one category only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln library item(s)</source>
        <translation>
            <numerusform>%Ln library item</numerusform>
            <numerusform>%Ln library items</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a file that is not valid Base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were not sent.</source>
        <translation>
            <numerusform>%n file could not be read and were not sent.</numerusform>
            <numerusform>%n files could not be read and were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Uploading %n file…</numerusform>
            <numerusform>Uploading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot replace “%2”: it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file of “%1” with %2 (%3)? The item gets a new version; earlier versions stay in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the file of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the file of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the item without its file, and saving it without the file could remove it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;lace file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::LibraryPreview</name>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale to the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file, %2.
No preview for this type: use Save as… to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected: select one to preview it.</source>
        <translation>
            <numerusform>%n items selected: select one to preview it.</numerusform>
            <numerusform>%n items selected: select one to preview it.</numerusform>
        </translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::LibraryUploadDialog</name>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no extension, so its type is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be added and are left out.</source>
        <translation>
            <numerusform>%n file cannot be added and are left out.</numerusform>
            <numerusform>%n files cannot be added and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>choose or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, or start typing, to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::LicenseDialog</name>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update license…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — expired %n day(s) ago</source>
        <translation>
            <numerusform>%1 — expired %n day ago</numerusform>
            <numerusform>%1 — expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — %n day left</numerusform>
            <numerusform>%1 — %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not licensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module stops working when it expires: renew the license before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License updated, but it could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took the key, but the license it shows is the same as before. Check that it was the key you meant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::LicenseNotice</name>
    <message numerus="yes">
        <source>The license expired %n day(s) ago</source>
        <translation>
            <numerusform>The license expired %n day ago</numerusform>
            <numerusform>The license expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>The license expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The license expires in %n day(s)</source>
        <translation>
            <numerusform>The license expires in %n day</numerusform>
            <numerusform>The license expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 module expired %n day(s) ago</source>
        <translation>
            <numerusform>The %1 module expired %n day ago</numerusform>
            <numerusform>The %1 module expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 module expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 module expires in %n day(s)</source>
        <translation>
            <numerusform>The %1 module expires in %n day</numerusform>
            <numerusform>The %1 module expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to open the license.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ListAllJob</name>
    <message>
        <source>No session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ListPane</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded — loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded. %2 &lt;a href=&quot;retry&quot;&gt;Retry&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded — scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not search; the filter covers the items loaded so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the %1 loaded so far to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cannot be deleted and are left alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not narrow this list itself: the items that match are picked from those loaded so far, and more appear as the list loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again and your changes are saved then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected rows is read yet: scroll through them first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected but not read yet, so left as is: %Ln row(s). Scroll through the list first to include every selected row.</source>
        <translation>
            <numerusform>Selected but not read yet, so left as is: %Ln row. Scroll through the list first to include every selected row.</numerusform>
            <numerusform>Selected but not read yet, so left as is: %Ln rows. Scroll through the list first to include every selected row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Properties show one row: select only it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected: select a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acts on one row: select only it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected row is not read yet: scroll to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: shown at the top until the list is read again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter covers the items loaded so far; more are read as the list loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ListProbe</name>
    <message>
        <source>the server&apos;s list does not end (more than %L1 items).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ListStateOverlay</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::LoginJob</name>
    <message>
        <source>its sign-in token holds characters a token cannot have (spaces, line breaks or other than plain ASCII)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Infiniti Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Infiniti Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Infiniti Admin %1&lt;/h3&gt;&lt;p&gt;A native administration console for Intelledox Infiniti / SmartIQ servers, built on the REST API v1.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — activate for the license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;License…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More groups could not be read — retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups could not be read — retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not read the license (it needs the “Licensing” permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read what your account may do, so every area is shown; some may refuse you. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no administration permissions: Produce only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop users here to add them to %1; Enter or a double click opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any&amp;where…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::OperationWatcher</name>
    <message>
        <source>check the generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>follow the operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not report a status within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was still “%1” after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stayed “%1”, a status this console does not know, for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow the generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server took it but named no operation (no id, no Location in its answer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::OutputFilesView</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every document to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n document(s) to %1.</source>
        <translation>
            <numerusform>Saved %n document to %1.</numerusform>
            <numerusform>Saved %n documents to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) ready — open, save or drag them out.</source>
        <translation>
            <numerusform>%1 of %n document ready — open, save or drag them out.</numerusform>
            <numerusform>%1 of %n documents ready — open, save or drag them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n document(s); not saved: %1</source>
        <translation>
            <numerusform>Saved %n document; not saved: %1</numerusform>
            <numerusform>Saved %n documents; not saved: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No submission has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected: select a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected document is not downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every selected document is downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens each selected document in its application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the selected document under a name you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no application opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save… saves one document: select only it (Save all… saves every one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open %n document(s)?</source>
        <translation>
            <numerusform>Open %n document?</numerusform>
            <numerusform>Open %n documents?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each opens in the application for its type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::OutputsLookupDialog</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was generated in this session yet: type the id of a submission above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That submission failed, so it has no documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That submission is “%1”; it has no documents (yet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::PartsChooser</name>
    <message>
        <source>Parts to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::PrepareFormDialog</name>
    <message>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared. Send the link to whoever fills the form in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server prepared the form but gave no link to it (no Location in its answer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ProjectImportDialog</name>
    <message>
        <source>(as the server decides: the project&apos;s own folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Each package&apos;s result is in the Result column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwrites “%1” (new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) to import</source>
        <translation>
            <numerusform>%n package to import</numerusform>
            <numerusform>%n packages to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) already on the server</source>
        <translation>
            <numerusform>%n project already on the server</numerusform>
            <numerusform>%n projects already on the server</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n package(s).</source>
        <translation>
            <numerusform>Imported %n package.</numerusform>
            <numerusform>Imported %n packages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1; %2 not imported — see each file&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects.xml gives no Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 in projects.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out</source>
        <translation>
            <numerusform>%n file cannot be imported and will be left out</numerusform>
            <numerusform>%n files cannot be imported and will be left out</numerusform>
        </translation>
    </message>
    <message>
        <source>exists as “%1”: left out unless overwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) left out: the server would refuse them unless overwriting</source>
        <translation>
            <numerusform>%n package left out: the server would refuse them unless overwriting</numerusform>
            <numerusform>%n packages left out: the server would refuse them unless overwriting</numerusform>
        </translation>
    </message>
    <message>
        <source>checking which projects exist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: a project in it exists (tick Overwrite to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: %1 (as the package lists them; the server did not say)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder was deleted; the server keeps the project without it. It is listed under “All projects”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ProjectsPane</name>
    <message>
        <source>Filter projects (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects here. Drop .ixpkg packages to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project “%1”? Its versions go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project “%1”? It is published in %2; those forms stop working. Its versions go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n project(s) to a folder</source>
        <translation>
            <numerusform>Export %n project to a folder</numerusform>
            <numerusform>Export %n projects to a folder</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 exported; %n failed.</source>
        <translation>
            <numerusform>%1 exported; %n failed.</numerusform>
            <numerusform>%1 exported; %n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n project(s) to %1.</source>
        <translation>
            <numerusform>Exported %n project to %1.</numerusform>
            <numerusform>Exported %n projects to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting “%1” (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled (and those after it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync packages: projects with the library items, data sources, folders and security they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a sync package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a sync package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync packages (*.iqpkg *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a s&amp;ync package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project and sync packages (*.ixpkg *.iqpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sync pac&amp;kage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this server does not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project “%1”? Its versions go with it, and any forms published from it stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was deleted; the server keeps its %n project(s), marked “%1 (deleted)”.</source>
        <translation>
            <numerusform>“%1” was deleted; the server keeps its %n project, marked “%1 (deleted)”.</numerusform>
            <numerusform>“%1” was deleted; the server keeps its %n projects, marked “%1 (deleted)”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was deleted; none of its %n project(s) is left on the server.</source>
        <translation>
            <numerusform>“%1” was deleted; none of its %n project is left on the server.</numerusform>
            <numerusform>“%1” was deleted; none of its %n projects is left on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not say which folder a project is in, so every project is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected projects as packages; or drag them out of the list into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import project or sync packages; or drop .ixpkg files on the list or on a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is the current version: there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::PromotionDialog</name>
    <message>
        <source>Sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From &lt;b&gt;%1&lt;/b&gt; (source) → to &lt;b&gt;%2&lt;/b&gt; (target): %n difference(s) ticked. Nothing is sent until you press Promote.</source>
        <translation>
            <numerusform>From &lt;b&gt;%1&lt;/b&gt; (source) → to &lt;b&gt;%2&lt;/b&gt; (target): %n difference ticked. Nothing is sent until you press Promote.</numerusform>
            <numerusform>From &lt;b&gt;%1&lt;/b&gt; (source) → to &lt;b&gt;%2&lt;/b&gt; (target): %n differences ticked. Nothing is sent until you press Promote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: a data source keeps %1&apos;s connection string, a new one goes without, and connector settings are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete on %1 what is only there (%n ticked)</source>
        <translation>
            <numerusform>&amp;Delete on %1 what is only there (%n ticked)</numerusform>
            <numerusform>&amp;Delete on %1 what is only there (%n ticked)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the plan without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type “%1” exactly to allow the deletions; until then they are left alone and Promote stays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its secrets; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from %1 in one sync package with the other projects ticked, and imported into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to rename</source>
        <translation>
            <numerusform>%n to rename</numerusform>
            <numerusform>%n to rename</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n left alone</numerusform>
            <numerusform>%n left alone</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Promoting: %1 of %n step(s) done…</source>
        <translation>
            <numerusform>Promoting: %1 of %n step done…</numerusform>
            <numerusform>Promoting: %1 of %n steps done…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the parts promoted again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was sent. Promote would carry out %n step(s).</source>
        <translation>
            <numerusform>Dry run: nothing was sent. Promote would carry out %n step.</numerusform>
            <numerusform>Dry run: nothing was sent. Promote would carry out %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Promotion finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers could not be compared again: %1. Compare again in the compare window to see what still differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers were not compared again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked matches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now alike on both: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now matches %2 in every part compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still different: %n difference(s) (the parts promoted compared again, the others as before):</source>
        <translation>
            <numerusform>Still different: %n difference (the parts promoted compared again, the others as before):</numerusform>
            <numerusform>Still different: %n differences (the parts promoted compared again, the others as before):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the steps already sent stay done; the others were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::PublishDialog</name>
    <message>
        <source>Publish a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the project to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a publish folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number the server reads to help troubleshoot this form. The API documents only its default, 0, and not what the other numbers do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also published as, and kept as they are: %1 (formats this sheet does not offer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::PublishedPane</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter published projects (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is published here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All publish folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln published project(s)</source>
        <translation>
            <numerusform>%Ln published project</numerusform>
            <numerusform>%Ln published projects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish %1? The project itself stays, and can be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was unpublished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cannot be unpublished and are left alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ReadProgressView</name>
    <message>
        <source>%1: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n part(s)</source>
        <translation>
            <numerusform>%1: %2 of %n part</numerusform>
            <numerusform>%1: %2 of %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln item(s)</source>
        <translation>
            <numerusform> · %Ln item</numerusform>
            <numerusform> · %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 of %n file(s)</source>
        <translation>
            <numerusform> · %1 of %n file</numerusform>
            <numerusform> · %1 of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ReassignDialog</name>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 list could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::RoleDialog</name>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account holds %1 only through this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take %n permission(s) from your own account?</source>
        <translation>
            <numerusform>Take %n permission from your own account?</numerusform>
            <numerusform>Take %n permissions from your own account?</numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as %1 and hold %2 only through the role “%3”. Saved, you lose them at once; giving them back needs someone who may manage security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove them and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::RolesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::RolesPane</name>
    <message>
        <source>Filter roles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::SendOnceDevice</name>
    <message>
        <source>a request body is sent once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::SettingsPane</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no way to delete these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln custom field(s)</source>
        <translation>
            <numerusform>%Ln custom field</numerusform>
            <numerusform>%Ln custom fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Connector settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln connector setting(s)</source>
        <translation>
            <numerusform>%Ln connector setting</numerusform>
            <numerusform>%Ln connector settings</numerusform>
        </translation>
    </message>
    <message>
        <source>Communication templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s)</source>
        <translation>
            <numerusform>%Ln template</numerusform>
            <numerusform>%Ln templates</numerusform>
        </translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New communication template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the server offers no way to delete them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::SideBySideDialog</name>
    <message>
        <source>%1 (%2) — side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret: compared, never shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to derive it from the Manage URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Manage URL of the server, e.g. https://server/Manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL “%2” is not a URL: it has spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL “%2” is not a URL. Enter it as e.g. https://server/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL “%2” does not look like a server. Enter it as e.g. https://%2.example.com/%1, or with http:// or https:// in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved connection “%1” (%2)? Its remembered sign-in is removed from this computer&apos;s keychain too. The server is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the connection “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Infiniti Admin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to go on, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::SortProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all %1 to sort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sorted: the list stays in the order shown (by “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::SparseListModel</name>
    <message>
        <source>the list changed on the server again and again while it was being read; refresh it to read it once more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::StaleBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the list as it was at %1: the refresh failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::SyncDialogs</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::SyncExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync package.iqpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the sync package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a sync package; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources&apos; connection strings often hold passwords; ticked, they are in the package in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector settings hold passwords (the SMTP password, for one) and connection strings; ticked, they are in the package in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every one on the server, not only those the projects use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 ticked, the package holds passwords and connection strings in clear text: anyone who can read the file can read them. Keep it as safe as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds every project and the parts ticked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The package holds the project(s) %1 and the parts ticked below.</source>
        <translation>
            <numerusform>The package holds the project %1 and the parts ticked below.</numerusform>
            <numerusform>The package holds the projects %1 and the parts ticked below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::SyncImportDialog</name>
    <message>
        <source>Import a sync package — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds none of the parts of a sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1. Nothing will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always (replace what is there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if not there yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If newer than what is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the sync package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The server may have applied part of the package before it stopped; refresh to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported, with %n problem(s) listed per part.</source>
        <translation>
            <numerusform>Imported, with %n problem listed per part.</numerusform>
            <numerusform>Imported, with %n problems listed per part.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The server sent no summary of what it created, updated or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As their data sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::TasksPane</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter your tasks (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks for you. Enjoy the quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the task “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is no longer yours: it was completed, cancelled or given to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done; the list may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group you belong to (the server does not say which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n task(s)</source>
        <translation>
            <numerusform>Reassign %n task</numerusform>
            <numerusform>Reassign %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a task assigned to you directly, where its form allows it (a group&apos;s task cannot be). Ending any workflow is Abort in Workflows, for administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;the task…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::UserImport</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no “username” column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown columns: %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username “%1” appears %2 times in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::UserImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 failed, %4 rejected before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows ready to import, %3 with problems (they will not be sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finding out which users exist already…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) will be created</source>
        <translation>
            <numerusform>%n new user will be created</numerusform>
            <numerusform>%n new users will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) updated.</source>
        <translation>
            <numerusform>%n existing user updated.</numerusform>
            <numerusform>%n existing users updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be checked (see Problems).</source>
        <translation>
            <numerusform>%n row could not be checked (see Problems).</numerusform>
            <numerusform>%n rows could not be checked (see Problems).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 changes your own account, %2, the one signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account (signed in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::UserPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every custom field needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups that exist could not be read, so only this user&apos;s own groups are listed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles that exist could not be read, so only this user&apos;s own roles are listed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom fields defined on the server could not be read, so the user&apos;s values are shown as they are stored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not defined any more (kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom fields are defined for user profiles on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom fields defined on the server for user profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language (country)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>language name — its code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::UsersModel</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::UsersPane</name>
    <message>
        <source>Filter by username, name or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the list&apos;s copy. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are signed in with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is named exactly “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requiring a new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for a new password at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a new password at the next sign-in from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a new pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ValuesTable</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::VerbatimHttpReply</name>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed chunked body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection mid-answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::WorkflowsPane</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by project, state or assignee (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln workflow(s)</source>
        <translation>
            <numerusform>%Ln workflow</numerusform>
            <numerusform>%Ln workflows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n workflow(s)</source>
        <translation>
            <numerusform>Reassign %n workflow</numerusform>
            <numerusform>Reassign %n workflows</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the list&apos;s copy. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current — with %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Abort %1? This ends the remaining stages of the workflow(s); it cannot be undone.</source>
        <translation>
            <numerusform>Abort %1? This ends the remaining stages of the workflow; it cannot be undone.</numerusform>
            <numerusform>Abort %1? This ends the remaining stages of the workflows; it cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the workflow to its previous state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now at “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1? It leaves “%2” and goes back to the state it was in before. Which state that is cannot be shown here: the server does not say before the revert (the list shows it afterwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1? Each leaves its state (named first in brackets) and goes back to the state it was in before. Which states those are cannot be shown here: the server does not say before the revert (the list shows them afterwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not say which workflows are in progress, so they cannot be filtered by status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the workflow and all its remaining stages, whoever it is assigned to (an administrator&apos;s action; it cannot be undone). Not My tasks&apos; Cancel the task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::XmlEditor</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Well-formed XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not well-formed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML files (*.xml *.xsd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y the XML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::compare</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::compare::Comparison</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::compare::Promoter</name>
    <message>
        <source>Not sent (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: not signed in to both servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data source is not on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read on the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source gave no readable file for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: it is not in the source&apos;s snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s sync package did not hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not import it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept its own version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept its own version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported; version %1 there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::compare::SnapshotReader</name>
    <message>
        <source>read the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data source has no id, so its data objects cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the data objects of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no readable file for the library item “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package does not hold this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of the project “%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::compare::Wording</name>
    <message>
        <source>%1: %2 here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 more change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of %1 here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of %1 there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rights for %1 here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rights for %1 there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles %1 here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles %1 there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission %1 here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission %1 there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions %1 here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions %1 there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set here, empty there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 empty here, set there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same version %1, other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 here, %2 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file of the same size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another file: %1 here, %2 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named “%1” there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 here, %2 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (default language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 here, not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 there, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 here, %3 there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::Command</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln byte(s)).</source>
        <translation>
            <numerusform>Saved %1 (%Ln byte).</numerusform>
            <numerusform>Saved %1 (%Ln bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not send back the result; list or get it to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infiniti-ctl trusts a certificate the system trusts, or one trusted for a saved connection in infiniti-admin (then use --profile NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in remembered by &apos;infiniti-ctl login&apos; was not accepted: run &apos;infiniti-ctl login&apos; again, or give the password in INFINITI_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds more than %Ln byte(s): not what was asked for here.</source>
        <translation>
            <numerusform>%1 holds more than %Ln byte: not what was asked for here.</numerusform>
            <numerusform>%1 holds more than %Ln bytes: not what was asked for here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::CompareCommand</name>
    <message>
        <source>the source and the target are the same server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was compared: a comparison of what was read would show differences that are not there. Leave the part out (name the others with --part) or give the account access to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was compared: a comparison of what was read would show differences that are not there. Try again, or leave %1 out (name the other parts with --part).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::CtlApp</name>
    <message>
        <source>no saved connection named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in as %1. Run &apos;infiniti-ctl login&apos; first, or give the password in INFINITI_PASSWORD or on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The keychain is not available: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which account with %1 NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in to the target as %1. Run &apos;infiniti-ctl login&apos; for it first, or give its password in INFINITI_TO_PASSWORD (else INFINITI_PASSWORD is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in as %1. Run &apos;infiniti-ctl login&apos; first, or give the password in INFINITI_PASSWORD (standard input carries what --file - or --key-file - reads).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::DiffCommand</name>
    <message numerus="yes">
        <source>the same in %n part(s)</source>
        <translation>
            <numerusform>the same in %n part</numerusform>
            <numerusform>the same in %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) in %1</source>
        <translation>
            <numerusform>%n difference in %1</numerusform>
            <numerusform>%n differences in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 and %2 objects read in %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::GenerateCommand</name>
    <message>
        <source>the generation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the generation did not finish within %Ln second(s); its last status was “%1”.</source>
        <translation>
            <numerusform>the generation did not finish within %Ln second; its last status was “%1”.</numerusform>
            <numerusform>the generation did not finish within %Ln seconds; its last status was “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server took the generation but named no operation (no id, no Location in its answer): look its documents up with &apos;outputs&apos; by the run id, if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::LibraryCommand</name>
    <message>
        <source>%1 is empty or has no extension; the library needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::LicenseCommand</name>
    <message>
        <source>License updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took the key, but the license it shows is the same as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no license key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::Login</name>
    <message>
        <source>login needs the password in INFINITI_PASSWORD or on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in, but the keychain could not remember the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::Logout</name>
    <message>
        <source>Not signed in as %1; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token was forgotten here, but the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::OutputsCommand</name>
    <message>
        <source>operation %1 is %2; it has no documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln document saved to %1.</numerusform>
            <numerusform>%Ln documents saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::PrepareForm</name>
    <message>
        <source>the server prepared the form but gave no link to it (no Location in its answer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ProjectsCommand</name>
    <message>
        <source>Renamed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ProjectsExportAll</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of projects could not be read, so nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln project(s) exported to %2.</source>
        <translation>
            <numerusform>%1 of %Ln project exported to %2.</numerusform>
            <numerusform>%1 of %Ln projects exported to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the list of projects could not be read whole, so nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) could not be exported (named above).</source>
        <translation>
            <numerusform>%Ln project could not be exported (named above).</numerusform>
            <numerusform>%Ln projects could not be exported (named above).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ProjectsImport</name>
    <message>
        <source>not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln package(s) imported.</source>
        <translation>
            <numerusform>%1 of %Ln package imported.</numerusform>
            <numerusform>%1 of %Ln packages imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: %1 (as the package lists them; the server did not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(With --overwrite it goes in as a new version.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ProjectsInspect</name>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::PromoteCommand</name>
    <message>
        <source>nothing to promote: the servers do not differ there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the same on both servers, nothing to promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither server has %1 (an --item is PART:NAME, the key &apos;diff --csv&apos; prints, or an id); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm-target “%1” does not name the target (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dry run, nothing sent: %n step(s) planned</source>
        <translation>
            <numerusform>dry run, nothing sent: %n step planned</numerusform>
            <numerusform>dry run, nothing sent: %n steps planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n left alone</numerusform>
            <numerusform>%n left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>could not compare again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared again: the %n difference(s) promoted now match.</source>
        <translation>
            <numerusform>Compared again: the %n difference promoted now match.</numerusform>
            <numerusform>Compared again: the %n differences promoted now match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared again: %1 of the %n difference(s) promoted still differ:</source>
        <translation>
            <numerusform>Compared again: %1 of the %n difference promoted still differ:</numerusform>
            <numerusform>Compared again: %1 of the %n differences promoted still differ:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ResourceEntity</name>
    <message>
        <source>load %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the item without its file or its version, and an update without the file could remove it. Nothing was saved; give the file as &quot;binary&quot; (Base64) with its &quot;extension&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user with the id “%1” (for a username: --name %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with the id “%2” (&apos;infiniti-ctl %3 list&apos; shows the ids).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::ResourceList</name>
    <message>
        <source>read the %1 list</source>
        <extracomment>&quot;Could not read the user list: …&quot;; %1 is singular (&quot;user&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::SyncCommand</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln byte(s)):</source>
        <translation>
            <numerusform>Saved %1 (%Ln byte):</numerusform>
            <numerusform>Saved %1 (%Ln bytes):</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported; the server sent no summary of what it created, updated or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode %1: %2 take no mode of their own (they go with their data sources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode %1: %2 takes %3 only (IfNewer is documented for projects and contentLibraryItems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IfNewer is documented for projects and contentLibraryItems only; the other parts are imported IfNotExists (what is there is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 the package holds passwords and connection strings in clear text; keep it as safe as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out unless asked for (--with PART): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not everything in the package went in: the server named %Ln problem(s) (in the summary).</source>
        <translation>
            <numerusform>not everything in the package went in: the server named %Ln problem (in the summary).</numerusform>
            <numerusform>not everything in the package went in: the server named %Ln problems (in the summary).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::UsersImport</name>
    <message>
        <source>list groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln row(s) valid,</source>
        <translation>
            <numerusform>Dry run: %Ln row valid,</numerusform>
            <numerusform>Dry run: %Ln rows valid,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected; nothing was changed.</source>
        <translation>
            <numerusform>%Ln rejected; nothing was changed.</numerusform>
            <numerusform>%Ln rejected; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported,</source>
        <translation>
            <numerusform>%Ln imported,</numerusform>
            <numerusform>%Ln imported,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected,</source>
        <translation>
            <numerusform>%Ln rejected,</numerusform>
            <numerusform>%Ln rejected,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed.</source>
        <translation>
            <numerusform>%Ln failed.</numerusform>
            <numerusform>%Ln failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>infiniti::ctl::WorkflowAction</name>
    <message>
        <source>Aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Administration console for Infiniti servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in emulator with demo data and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users the demo emulator seeds (default 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this saved connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infiniti Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for this run: system, light or dark (View → Theme remembers one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme takes system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait, in seconds, for any answer of the server, however slowly it comes (default: each request&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest answer taken in, in MiB (default 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
