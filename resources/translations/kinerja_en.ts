<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AuditViewer</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message numerus="yes">
            <source>%n documents</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DevelopmentTab</name>
        <message numerus="yes">
            <source>{shown} of %Ln employees</source>
            <translation>
                <numerusform>{shown} of %Ln employee</numerusform>
                <numerusform>{shown} of %Ln employees</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DistributionDialog</name>
        <message numerus="yes">
            <source>%n of {headcount} employees have a predikat.</source>
            <translation>
                <numerusform>%n of {headcount} employees has a predikat.</numerusform>
                <numerusform>%n of {headcount} employees have a predikat.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmployeeDialog</name>
        <message numerus="yes">
            <source>%n digits typed of 18.</source>
            <translation>
                <numerusform>%n digit typed of 18.</numerusform>
                <numerusform>%n digits typed of 18.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmployeeIo</name>
        <message numerus="yes">
            <source>%n employees exported to {path}.</source>
            <translation>
                <numerusform>%n employee exported to {path}.</numerusform>
                <numerusform>%n employees exported to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExcelExport</name>
        <message numerus="yes">
            <source>%n rows exported to {path}</source>
            <translation>
                <numerusform>%n row exported to {path}</numerusform>
                <numerusform>%n rows exported to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilteredTable</name>
        <message numerus="yes">
            <source>%Ln rows</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <source>%n changes</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>&amp;Import %n rows</source>
            <translation>
                <numerusform>&amp;Import %n row</numerusform>
                <numerusform>&amp;Import %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n units created.</source>
            <translation>
                <numerusform>%n unit created.</numerusform>
                <numerusform>%n units created.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n employees have incomplete data: see the filter “Incomplete data” in the register.</source>
            <translation>
                <numerusform>%n employee has incomplete data: see the filter “Incomplete data” in the register.</numerusform>
                <numerusform>%n employees have incomplete data: see the filter “Incomplete data” in the register.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportTab</name>
        <message numerus="yes">
            <source>&amp;Quarantine (%n)</source>
            <translation>
                <numerusform>&amp;Quarantine (%n)</numerusform>
                <numerusform>&amp;Quarantine (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Merge queue (%n)</source>
            <translation>
                <numerusform>&amp;Merge queue (%n)</numerusform>
                <numerusform>&amp;Merge queue (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfficesPage</name>
        <message numerus="yes">
            <source>Return package {sequence} for {office} was written to:
{path}

It carries %n decisions of the central office. The file was read back and checked.</source>
            <translation>
                <numerusform>Return package {sequence} for {office} was written to:
{path}

It carries %n decision of the central office. The file was read back and checked.</numerusform>
                <numerusform>Return package {sequence} for {office} was written to:
{path}

It carries %n decisions of the central office. The file was read back and checked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackagesPage</name>
        <message numerus="yes">
            <source>Import %n packages into the central database?</source>
            <translation>
                <numerusform>Import %n package into the central database?</numerusform>
                <numerusform>Import %n packages into the central database?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n packages imported.</source>
            <translation>
                <numerusform>%n package imported.</numerusform>
                <numerusform>%n packages imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n packages refused: see the reason in the list.</source>
            <translation>
                <numerusform>%n package refused: see the reason in the list.</numerusform>
                <numerusform>%n packages refused: see the reason in the list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused.</source>
            <translation>
                <numerusform>%n refused.</numerusform>
                <numerusform>%n refused.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dry run of %n packages: nothing has been written yet.</source>
            <translation>
                <numerusform>Dry run of %n package: nothing has been written yet.</numerusform>
                <numerusform>Dry run of %n packages: nothing has been written yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n NIPs are also held by another office: see the merge queue.</source>
            <translation>
                <numerusform>%n NIP is also held by another office: see the merge queue.</numerusform>
                <numerusform>%n NIPs are also held by another office: see the merge queue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ready to apply.</source>
            <translation>
                <numerusform>%n ready to apply.</numerusform>
                <numerusform>%n ready to apply.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n employees will be imported with incomplete data (no golongan, jabatan, level of a jabatan fungsional or appraiser); the register lists them under “Incomplete data”.</source>
            <translation>
                <numerusform>%n employee will be imported with incomplete data (no golongan, jabatan, level of a jabatan fungsional or appraiser); the register lists them under “Incomplete data”.</numerusform>
                <numerusform>%n employees will be imported with incomplete data (no golongan, jabatan, level of a jabatan fungsional or appraiser); the register lists them under “Incomplete data”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message numerus="yes">
            <source>{shown} of %Ln employees</source>
            <translation>
                <numerusform>{shown} of %Ln employee</numerusform>
                <numerusform>{shown} of %Ln employees</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SkpEditor</name>
        <message numerus="yes">
            <source>The appraiser commented on %n RHK: choose each to read it.</source>
            <translation>
                <numerusform>The appraiser commented on %n RHK: choose it to read the comment.</numerusform>
                <numerusform>The appraiser commented on %n RHK: choose each to read it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffAccountsDialog</name>
        <message numerus="yes">
            <source>%n employees without an account.</source>
            <translation>
                <numerusform>%n employee without an account.</numerusform>
                <numerusform>%n employees without an account.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n accounts made. Print the slips, hand each employee their own, then delete the file: it holds the passwords.</source>
            <translation>
                <numerusform>%n account made. Print the slip, hand it to the employee, then delete the file: it holds the password.</numerusform>
                <numerusform>%n accounts made. Print the slips, hand each employee their own, then delete the file: it holds the passwords.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message numerus="yes">
            <source>Package {sequence} was written to:
{path}

It holds %Ln records: {kind}. The file was read back and checked: you can safely remove the stick now and take it to the central office. A copy stays in the outbox.</source>
            <translation>
                <numerusform>Package {sequence} was written to:
{path}

It holds %Ln record: {kind}. The file was read back and checked: you can safely remove the stick now and take it to the central office. A copy stays in the outbox.</numerusform>
                <numerusform>Package {sequence} was written to:
{path}

It holds %Ln records: {kind}. The file was read back and checked: you can safely remove the stick now and take it to the central office. A copy stays in the outbox.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The central office quarantined %n records:</source>
            <translation>
                <numerusform>The central office quarantined %n record:</numerusform>
                <numerusform>The central office quarantined %n records:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Package {sequence}: the central office quarantined %n records.</source>
            <translation>
                <numerusform>Package {sequence}: the central office quarantined %n record.</numerusform>
                <numerusform>Package {sequence}: the central office quarantined %n records.</numerusform>
            </translation>
        </message>
    </context>
</TS>
