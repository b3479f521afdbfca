"""The words of the audit trail (riwayat perubahan): record types, field labels and what the
stored codes mean, marked with `N_` so the views translate them. Internal names (table and
column names, codes) never reach the user; `audit_rows` looks everything up here."""

from __future__ import annotations

from desktop_app.i18n import N_

CONTEXT = "AuditViews"

ENTITY_LABELS = {  # the audited tables, as record types
    "employee": N_("AuditViews", "Employee"),
    "unit": N_("AuditViews", "Unit"),
    "position": N_("AuditViews", "Position"),
    "period": N_("AuditViews", "Period"),
    "app_user": N_("AuditViews", "User account"),
    "office": N_("AuditViews", "Office"),
    "setting": N_("AuditViews", "Setting"),
    "central_identity": N_("AuditViews", "Central office identity"),
    "performance_plan": N_("AuditViews", "SKP"),
    "plan_result": N_("AuditViews", "SKP work result"),
    "plan_indicator": N_("AuditViews", "SKP indicator"),
    "plan_expectation": N_("AuditViews", "Behaviour expectation"),
    "plan_status_change": N_("AuditViews", "SKP step"),
    "evaluation": N_("AuditViews", "Evaluation"),
    "evaluation_realisation": N_("AuditViews", "Achievement of an indicator"),
    "evaluation_behaviour": N_("AuditViews", "Behaviour rating"),
    "evaluation_peer_note": N_("AuditViews", "Note from a colleague"),
    "evaluation_status_change": N_("AuditViews", "Evaluation step"),
    "org_result": N_("AuditViews", "Organisation result"),
    "feedback_phrase": N_("AuditViews", "Feedback phrase"),
    "development_plan": N_("AuditViews", "IDP"),
    "development_gap": N_("AuditViews", "Competence gap"),
    "development_activity": N_("AuditViews", "Development activity"),
    "development_status_change": N_("AuditViews", "IDP step"),
    "legacy_appraisal": N_("AuditViews", "Archive appraisal"),
    "legacy_activity": N_("AuditViews", "Archive appraisal activity"),
    "legacy_status_change": N_("AuditViews", "Archive appraisal step"),
    "employment_status": N_("AuditViews", "Employment status (kedudukan hukum)"),
    "period_stage": N_("AuditViews", "Period stage and deadline"),
    "period_closure": N_("AuditViews", "Closing or re-opening of a period"),
    "external_official": N_("AuditViews", "Official outside the office"),
    "external_appraiser_link": N_("AuditViews", "Appraiser outside the office"),
    "acting_assignment": N_("AuditViews", "Acting assignment (Plt/Plh)"),
    "performance_dialogue": N_("AuditViews", "Performance dialogue or counselling"),
    "pppk_contract": N_("AuditViews", "PPPK contract"),
    "employee_history": N_("AuditViews", "Register history (post, unit, grade, appraiser)"),
}

FIELD_LABELS = {  # column -> label, the same in every record type unless overridden below
    "nip": N_("AuditViews", "NIP"),
    "kind": N_("AuditViews", "Type"),
    "front_title": N_("AuditViews", "Title before name"),
    "name": N_("AuditViews", "Name"),
    "back_title": N_("AuditViews", "Title after name"),
    "gender": N_("AuditViews", "Gender"),
    "birth_date": N_("AuditViews", "Birth date"),
    "birth_place": N_("AuditViews", "Place of birth"),
    "grade": N_("AuditViews", "Grade"),
    "grade_since": N_("AuditViews", "Grade effective from"),
    "unit": N_("AuditViews", "Unit"),
    "position": N_("AuditViews", "Position"),
    "position_since": N_("AuditViews", "Position effective from"),
    "position_type": N_("AuditViews", "Position type"),
    "jf_level": N_("AuditViews", "Functional level"),
    "echelon": N_("AuditViews", "Echelon"),
    "supervisor": N_("AuditViews", "Direct superior"),
    "appraiser": N_("AuditViews", "Appraiser"),
    "active": N_("AuditViews", "Active"),
    "inactive_reason": N_("AuditViews", "Reason inactive"),
    "phone": N_("AuditViews", "Phone"),
    "email": N_("AuditViews", "E-mail"),
    "notes": N_("AuditViews", "Notes"),
    "deleted": N_("AuditViews", "Deleted"),
    "code": N_("AuditViews", "Code"),
    "parent": N_("AuditViews", "Parent unit"),
    "sort_order": N_("AuditViews", "Order"),
    "role": N_("AuditViews", "Role"),
    "username": N_("AuditViews", "User name"),
    "full_name": N_("AuditViews", "Full name"),
    "password_hash": N_("AuditViews", "Password"),
    "employee": N_("AuditViews", "Employee"),
    "must_change_password": N_("AuditViews", "Must change password"),
    "locked_until": N_("AuditViews", "Locked until"),
    "created_at": N_("AuditViews", "Created"),
    "created_by": N_("AuditViews", "Created by"),
    "value": N_("AuditViews", "Value"),
    "key": N_("AuditViews", "Setting"),
    "is_self": N_("AuditViews", "This office"),
    "database_id": N_("AuditViews", "Database identity"),
    "signing_key": N_("AuditViews", "Signing key"),
    "public_key": N_("AuditViews", "Public key"),
    "age_identity": N_("AuditViews", "Encryption key"),
    "age_recipient": N_("AuditViews", "Public encryption key"),
    "year": N_("AuditViews", "Year"),
    "frequency": N_("AuditViews", "Evaluation periods"),
    "regime": N_("AuditViews", "Regulation"),
    "closed": N_("AuditViews", "Closed"),
    "plan": N_("AuditViews", "Plan"),
    "period": N_("AuditViews", "Period"),
    "period_key": N_("AuditViews", "Period"),
    "from_status": N_("AuditViews", "From"),
    "to_status": N_("AuditViews", "To"),
    "actor": N_("AuditViews", "By"),
    "reason": N_("AuditViews", "Reason"),
    "at": N_("AuditViews", "When"),
    "approach": N_("AuditViews", "Approach"),
    "form": N_("AuditViews", "Form"),
    "status": N_("AuditViews", "Status"),
    "return_reason": N_("AuditViews", "Reason for returning"),
    "resources": N_("AuditViews", "Resources"),
    "accountability": N_("AuditViews", "Accountability"),
    "consequences": N_("AuditViews", "Consequences"),
    "snapshot": N_("AuditViews", "Frozen copy"),
    "approved_at": N_("AuditViews", "Approved"),
    "is_main": N_("AuditViews", "Main result"),
    "starts": N_("AuditViews", "First day"),
    "ends": N_("AuditViews", "Last day"),
    "decree": N_("AuditViews", "Decree"),
    "deadline": N_("AuditViews", "Fill-in deadline"),
    "stage": N_("AuditViews", "Stage"),
    "action": N_("AuditViews", "Action"),
    "by_name": N_("AuditViews", "By"),
    "text": N_("AuditViews", "Text"),
    "perspective": N_("AuditViews", "Perspective"),
    "parent_result": N_("AuditViews", "Superior's result"),
    "parent_text": N_("AuditViews", "Superior's result (text)"),
    "result": N_("AuditViews", "Work result"),
    "aspect": N_("AuditViews", "Aspect"),
    "target_value": N_("AuditViews", "Target"),
    "target_unit": N_("AuditViews", "Target unit"),
    "target_text": N_("AuditViews", "Target (text)"),
    "value_code": N_("AuditViews", "Core value"),
    "evaluation": N_("AuditViews", "Evaluation"),
    "rating_hasil": N_("AuditViews", "Work result rating"),
    "rating_perilaku": N_("AuditViews", "Work behaviour rating"),
    "predikat": N_("AuditViews", "Predikat"),
    "finalized_at": N_("AuditViews", "Finalised"),
    "objection": N_("AuditViews", "Objection"),
    "objection_at": N_("AuditViews", "Objection filed"),
    "explanation": N_("AuditViews", "Explanation"),
    "explanation_at": N_("AuditViews", "Explained"),
    "decision": N_("AuditViews", "Decision"),
    "decided_at": N_("AuditViews", "Decided"),
    "self_assessment": N_("AuditViews", "Self-assessment"),
    "self_assessment_at": N_("AuditViews", "Self-assessed"),
    "indicator": N_("AuditViews", "Indicator"),
    "realisasi": N_("AuditViews", "Achievement"),
    "bukti_dukung": N_("AuditViews", "Evidence"),
    "evidence_path": N_("AuditViews", "Evidence file"),
    "evidence_sha256": N_("AuditViews", "Evidence file check"),
    "feedback": N_("AuditViews", "Feedback"),
    "rating": N_("AuditViews", "Rating"),
    "org_predikat": N_("AuditViews", "Organisation predikat"),
    "source": N_("AuditViews", "Source"),
    "author": N_("AuditViews", "Given by"),
    "recorded_by": N_("AuditViews", "Recorded by"),
    "scope": N_("AuditViews", "Used for"),
    "required": N_("AuditViews", "Required"),
    "required_reason": N_("AuditViews", "Why required"),
    "goals": N_("AuditViews", "Goals"),
    "submitted_at": N_("AuditViews", "Submitted"),
    "agreed_at": N_("AuditViews", "Agreed"),
    "competence_type": N_("AuditViews", "Competence type"),
    "origin": N_("AuditViews", "Proposed from"),
    "competence": N_("AuditViews", "Competence"),
    "gap": N_("AuditViews", "Gap"),
    "goal": N_("AuditViews", "Goal"),
    "jenis_diklat": N_("AuditViews", "Kind of training"),
    "jenis_label": N_("AuditViews", "Kind of training (name)"),
    "jalur": N_("AuditViews", "Mode"),
    "title": N_("AuditViews", "Title"),
    "provider": N_("AuditViews", "Provider"),
    "planned_start": N_("AuditViews", "Planned start"),
    "planned_end": N_("AuditViews", "Planned end"),
    "jp_planned": N_("AuditViews", "Planned JP"),
    "cost_planned": N_("AuditViews", "Planned cost"),
    "start_date": N_("AuditViews", "Start"),
    "end_date": N_("AuditViews", "End"),
    "minutes": N_("AuditViews", "Minutes"),
    "jp": N_("AuditViews", "JP"),
    "cost_actual": N_("AuditViews", "Actual cost"),
    "certificate_no": N_("AuditViews", "Certificate number"),
    "certificate_path": N_("AuditViews", "Certificate file"),
    "certificate_sha256": N_("AuditViews", "Certificate file check"),
    "appraisal": N_("AuditViews", "Appraisal"),
    "structural": N_("AuditViews", "Structural position"),
    "tugas_tambahan": N_("AuditViews", "Additional tasks"),
    "kreativitas": N_("AuditViews", "Creativity"),
    "perilaku": N_("AuditViews", "Work behaviour"),
    "with_peers": N_("AuditViews", "Peers' ratings"),
    "innovation": N_("AuditViews", "Innovation"),
    "nilai_skp": N_("AuditViews", "SKP score"),
    "nilai_perilaku": N_("AuditViews", "Behaviour score"),
    "nilai_prestasi": N_("AuditViews", "Performance score"),
    "sebutan": N_("AuditViews", "Grade word"),
    "angka_kredit": N_("AuditViews", "Credit points"),
    "output_unit": N_("AuditViews", "Output unit"),
    "kuantitas_target": N_("AuditViews", "Quantity target"),
    "kuantitas_real": N_("AuditViews", "Quantity achieved"),
    "kualitas_target": N_("AuditViews", "Quality target"),
    "kualitas_real": N_("AuditViews", "Quality achieved"),
    "waktu_target": N_("AuditViews", "Time target"),
    "waktu_real": N_("AuditViews", "Time achieved"),
    "biaya_target": N_("AuditViews", "Cost target"),
    "biaya_real": N_("AuditViews", "Cost achieved"),
    "nilai_capaian": N_("AuditViews", "Achievement score"),
    "instansi": N_("AuditViews", "Agency"),
    "superior": N_("AuditViews", "Superior"),
    "official": N_("AuditViews", "Official outside the office"),
    "held_on": N_("AuditViews", "Held on"),
    "others": N_("AuditViews", "Other participants"),
    "topic": N_("AuditViews", "Topic"),
    "agreement": N_("AuditViews", "What was agreed"),
    "follow_up_on": N_("AuditViews", "Follow-up date"),
    "development_plan": N_("AuditViews", "IDP"),
    "work_time": N_("AuditViews", "Work time"),
    "decree_on": N_("AuditViews", "Decree date"),
    "month_start": N_("AuditViews", "First month"),
    "month_end": N_("AuditViews", "Last month"),
    "transfer_before": N_("AuditViews", "What the transfer changed"),
}

ENTITY_FIELD_LABELS = {  # (record type, column) -> label where the general one misleads
    ("unit", "name"): N_("AuditViews", "Unit name"),
    ("unit", "kind"): N_("AuditViews", "Unit type"),
    ("employee", "kind"): N_("AuditViews", "Employee type"),
    ("position", "name"): N_("AuditViews", "Position name"),
    ("office", "name"): N_("AuditViews", "Office name"),
    ("office", "code"): N_("AuditViews", "Office code"),
    ("app_user", "active"): N_("AuditViews", "Account active"),
    ("app_user", "employee"): N_("AuditViews", "Linked employee"),
    ("development_activity", "status"): N_("AuditViews", "State"),
    ("development_gap", "source"): N_("AuditViews", "From the evaluation"),
    ("evaluation_peer_note", "text"): N_("AuditViews", "Note"),
    ("employment_status", "code"): N_("AuditViews", "Employment status"),
    ("external_official", "position"): N_("AuditViews", "Position (jabatan)"),
    ("external_official", "active"): N_("AuditViews", "Can be chosen"),
    ("employee_history", "valid_from"): N_("AuditViews", "Valid from"),
    ("employee_history", "valid_to"): N_("AuditViews", "Valid until"),
    ("employee_history", "source"): N_("AuditViews", "Recorded by"),
}

HIDDEN_FIELDS = frozenset(  # bookkeeping no user reads: left out of the changes
    {"uid", "office_code", "id", "version", "updated_at"}
)
SECRET_FIELDS = frozenset(  # shown only as "set" / "changed", never their contents
    {
        "password_hash",
        "signing_key",
        "public_key",
        "age_identity",
        "age_recipient",
        "database_id",
        "evidence_sha256",
        "certificate_sha256",
        "snapshot",
        "transfer_before",  # ids of the register before a transfer: internal, for the undo
    }
)

SETTING_LABELS = {  # Setting.key -> what it is
    "paper_size": N_("AuditViews", "Paper size"),
    "idle_lock_minutes": N_("AuditViews", "Lock after idle minutes"),
    "backup_keep": N_("AuditViews", "Automatic backups kept"),
    "report_place": N_("AuditViews", "Place in signature blocks"),
    "report_logo": N_("AuditViews", "Logo on the forms"),
}
OTHER_SETTING = N_("AuditViews", "Program setting")

FREQUENCY_LABELS = {
    "MONTHLY": N_("AuditViews", "Monthly"),
    "QUARTERLY": N_("AuditViews", "Quarterly"),
    "SEMESTER": N_("AuditViews", "Per semester"),
}
APPROACH_LABELS = {
    "KUANTITATIF": N_("AuditViews", "Quantitative"),
    "KUALITATIF": N_("AuditViews", "Qualitative"),
}
ASPECT_LABELS = {
    "KUANTITAS": N_("AuditViews", "Quantity"),
    "KUALITAS": N_("AuditViews", "Quality"),
    "WAKTU": N_("AuditViews", "Time"),
    "BIAYA": N_("AuditViews", "Cost"),
}
PERSPECTIVE_LABELS = {
    "PENERIMA_LAYANAN": N_("AuditViews", "Service recipients perspective"),
    "PROSES_BISNIS": N_("AuditViews", "Business process perspective"),
    "PENGUATAN_INTERNAL": N_("AuditViews", "Internal strengthening perspective"),
    "ANGGARAN": N_("AuditViews", "Budget perspective"),
}
FORM_LABELS = {
    "JPT": N_("AuditViews", "JPT (with perspective)"),
    "STAFF": N_("AuditViews", "Administration and functional"),
}
ORIGIN_LABELS = {
    "RESULT": N_("AuditViews", "Work results"),
    "BEHAVIOUR": N_("AuditViews", "Work behaviour"),
}
CREATIVITY_LABELS = {
    "none": N_("AuditViews", "None"),
    "unit": N_("AuditViews", "Unit"),
    "organisasi": N_("AuditViews", "Organisation"),
    "negara": N_("AuditViews", "Country"),
}
GENDER_LABELS = {"L": N_("AuditViews", "Male"), "P": N_("AuditViews", "Female")}

ACTIONS = {
    "create": N_("AuditViews", "created"),
    "update": N_("AuditViews", "changed"),
    "delete": N_("AuditViews", "deleted"),
    "status": N_("AuditViews", "status changed"),
}
# one entry for many records created at once (models.audit.bulk_entry), by where they came from
BULK_RECORDS = N_("AuditViews", "{n} records created at once ({source})")
BULK_SOURCES = {
    "demo": N_("AuditViews", "demo data"),
    "import": N_("AuditViews", "an import"),
}
BULK_OTHER_SOURCE = N_("AuditViews", "a bulk write")

# who acted, when it was not a signed-in user
COMMAND_LINE = N_("AuditViews", "command line ({user})")
THE_PROGRAM = N_("AuditViews", "the program")
CENTRAL_IMPORT = N_("AuditViews", "import from {office}")

# values the changes show in words
SET = N_("AuditViews", "set")
CHANGED = N_("AuditViews", "changed")
UNKNOWN_RECORD = N_("AuditViews", "(a record no longer here)")
OTHER_RECORD = N_("AuditViews", "Other record")
OTHER_FIELD = N_("AuditViews", "Other detail")
