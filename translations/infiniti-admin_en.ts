<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>the name is already taken.</source>
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
        <source>&amp;Produce URL:</source>
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
</context>
<context>
    <name>infiniti::ApiJob</name>
    <message>
        <source>No session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>infiniti::Banner</name>
    <message>
        <source>Dismiss</source>
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
    <name>infiniti::MainWindow</name>
    <message>
        <source>Infiniti Admin — %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
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
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in expired — waiting for you to sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
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
        <source>The Manage URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Produce URL is not a valid URL.</source>
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
</context>
<context>
    <name>infiniti::UserPropertiesDialog</name>
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
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
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
        <source>Change password at next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none assigned directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
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
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
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
        <source>%n user(s) loaded — loading more…</source>
        <translation>
            <numerusform>%n user loaded — loading more…</numerusform>
            <numerusform>%n users loaded — loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded. %1 &lt;a href=&quot;retry&quot;&gt;Retry&lt;/a&gt;</source>
        <translation>
            <numerusform>%n user loaded. %1 &lt;a href=&quot;retry&quot;&gt;Retry&lt;/a&gt;</numerusform>
            <numerusform>%n users loaded. %1 &lt;a href=&quot;retry&quot;&gt;Retry&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded — scroll down for more</source>
        <translation>
            <numerusform>%n user loaded — scroll down for more</numerusform>
            <numerusform>%n users loaded — scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not search; the filter covers the users loaded so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the list&apos;s copy. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
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
</context>
</TS>
