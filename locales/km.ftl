# review: machine-drafted
# Khmer — ភាសាខ្មែរ. Machine-drafted: a native Khmer speaker must review this file before its first line is changed to "# review: reviewed".
# សេចក្ដីព្រាងដោយម៉ាស៊ីន៖ ត្រូវឲ្យអ្នកនិយាយភាសាខ្មែរពិនិត្យសិន ទើបអាចប្ដូរបន្ទាត់ទីមួយទៅជា "# review: reviewed"។
# Writing rules: see the header of locales/en.ftl. Short sentences, everyday words;
# the FIRST line of every message must be harmless in a notification preview;
# buttons at most 40 characters; never promise a rescue or a time.
# ខ្ញុំ (I) and អ្នក (you) are used because they do not mark gender; no បាទ/ចាស.
# Digits are written 0–9 (not ០–៩) so that the number examples match what the bot accepts.

## Language and quick exit (src/i18n, src/safety)

language-name = ភាសាខ្មែរ
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = ចេញ, ឈប់

## Flow engine (src/flow/engine)

btn-done = រួចរាល់
btn-change = កែ
selected-mark = ✓
reask-use-buttons = សូមចុចប៊ូតុងមួយនៅខាងលើ។
reask-too-long = សារនេះវែងបន្តិច។ សូមសរសេរកុំឲ្យលើស { $max } តួអក្សរ។
reask-not-a-number = សូមសរសេរតែលេខប៉ុណ្ណោះ ឧទាហរណ៍ 5000។
reask-out-of-range = សូមសរសេរលេខពី { $min } ដល់ { $max }។
reask-unsupported = សូមទោស យើងមិនអាចអានសារប្រភេទនេះបានទេ។ សូមចុចប៊ូតុង ឬសរសេរពាក្យពីរបីម៉ាត់។
reask-stale-button = ប៊ូតុងនេះជារបស់សំណួរមុន។ សូមឆ្លើយសំណួរចុងក្រោយ។
reask-empty = មិនទាន់មានចម្លើយនៅឡើយ។ សូមជ្រើសយ៉ាងហោចណាស់មួយ ឬសរសេរពាក្យពីរបីម៉ាត់។
summary-title = ចម្លើយរបស់អ្នក៖
summary-unknown = មិនប្រាកដ
summary-skipped = មិនបានឆ្លើយ
summary-pick-change = តើអ្នកចង់កែចម្លើយមួយណា?

## Shared buttons and lines

opt-no = ទេ
opt-dont-know = ខ្ញុំមិនដឹងទេ
opt-skip = រំលង
opt-prefer-not = ខ្ញុំមិនចង់ប្រាប់
opt-other-country = ប្រទេសផ្សេង
hint-choose-all = អ្នកអាចជ្រើសបានច្រើនជាងមួយ។ រួចចុច «រួចរាល់»។

## Person side (src/bot, src/flow/service.ts)

welcome =
    សួស្ដី។ នេះជាការជជែកឯកជន។
    យើងជាក្រុមតូចមួយ ដែលជួយមនុស្សដែលមិនអាចចាកចេញពីការងារ ឬពីកន្លែងដែលគេឃុំខ្លួនបាន។ អ្នកអាចជ្រើសភាសានៅខាងក្រោម។
    បើចង់លុបការជជែកនេះ សូមផ្ញើតែមួយពាក្យនេះ៖ ចេញ
    ដើម្បីលុបសារដែលចាស់ជាង 2 ថ្ងៃ សូមលុបការជជែកនេះដោយខ្លួនឯង។
language-pick = តើអ្នកចង់ប្រើភាសាអ្វី?
help-text =
    សួស្ដី។ អ្នកអាចផ្ញើពាក្យទាំងនេះ៖
    /new — ចាប់ផ្ដើមសំណួរម្ដងទៀត
    /ref — មើលលេខយោងរបស់អ្នករយៈពេលមួយនាទី
    /language — ប្ដូរភាសា
    /discreet — លុបសំណួរនីមួយៗ ក្រោយពេលអ្នកឆ្លើយ (បើក ឬបិទ)
    /erase — លុបចម្លើយរបស់អ្នក និងការជជែកនេះ
    ចេញ — លុបការជជែកនេះ (2 ថ្ងៃចុងក្រោយ)
erase-done = រួចរាល់។ ចម្លើយរបស់អ្នកត្រូវបានលុបហើយ។ ដើម្បីលុបសារដែលចាស់ជាង 2 ថ្ងៃ សូមលុបការជជែកនេះដោយខ្លួនឯង។
discreet-on = បានហើយ។ ក្រោយពេលអ្នកឆ្លើយ សំណួរនីមួយៗ និងចម្លើយរបស់អ្នក នឹងត្រូវលុបចោល។
discreet-off = បានហើយ។ ពីពេលនេះទៅ សំណួរ និងចម្លើយនឹងនៅក្នុងការជជែកនេះ។ ផ្ញើ /discreet ដើម្បីលុបវាម្ដងទៀត។
error-try-again = សូមទោស មានបញ្ហានៅខាងយើង។ សូមផ្ញើម្ដងទៀត បន្តិចទៀតនេះ។
error-delay = សូមទោស មានការយឺតបន្តិចនៅខាងយើង។ សាររបស់អ្នកមិនបាត់ទេ មិនចាំបាច់ផ្ញើម្ដងទៀតទេ។
flow-restarted = សូមអភ័យទោស សំណួររបស់យើងត្រូវបានកែប្រែ ពេលអ្នកកំពុងឆ្លើយ ដូច្នេះយើងត្រូវចាប់ផ្ដើមម្ដងទៀតពីសំណួរទីមួយ។ មិនទាន់មានអ្វីត្រូវបានផ្ញើទៅក្រុមរបស់យើងទេ។
flood-notice = សូមយឺតៗបន្តិច។ រង់ចាំពីរបីវិនាទី រួចសឹមបន្ត។
case-open-info = អរគុណ បានទទួលទាំងអស់ហើយ។ អ្នកអាចសរសេរនៅទីនេះបានគ្រប់ពេល។

## Triage flow (flows/triage.yaml)

q-safe-now = សួស្ដី។ ឥឡូវនេះ អ្នកអាចសរសេរសារពីរបីបានទេ?
hint-safe-now = សូមបន្តតែពេលគ្មាននរណាម្នាក់មើលឃើញទូរស័ព្ទរបស់អ្នក។ អ្នកអាចឈប់បានគ្រប់ពេល។
opt-safe-now-yes = បាន ខ្ញុំអាចសរសេរឥឡូវ
opt-safe-now-not-now = ឥឡូវមិនទាន់បានទេ

end-later =
    បានហើយ។ ពេលណាស្រួល សូមផ្ញើសារអ្វីក៏បានមកទីនេះ ហើយយើងនឹងចាប់ផ្ដើមម្ដងទៀត។
    បើចង់លុបការជជែកនេះ សូមផ្ញើតែមួយពាក្យនេះ៖ ចេញ
    ដើម្បីលុបសារដែលចាស់ជាង 2 ថ្ងៃ សូមលុបការជជែកនេះដោយខ្លួនឯង។

q-danger = ឥឡូវនេះ តើមានរឿងណាមួយខាងក្រោមត្រូវនឹងអ្នកទេ?
opt-danger-hurt-now = មានគេកំពុងធ្វើបាបខ្ញុំ
opt-danger-injured = ខ្ញុំរងរបួស
opt-danger-doctor = ខ្ញុំត្រូវការពេទ្យ
opt-danger-self-harm = ខ្ញុំគិតចង់ធ្វើបាបខ្លួនឯង
opt-danger-none = គ្មានទាំងអស់

q-self-harm-note =
    អរគុណដែលបានប្រាប់យើង។
    អារម្មណ៍របស់អ្នកសំខាន់ ហើយអ្នកមិននៅម្នាក់ឯងទេ។ មនុស្សពិតៗក្នុងក្រុមយើង នឹងអានចម្លើយរបស់អ្នកមុនគេ។
    អ្នកអាចសរសេរមកយើងបានគ្រប់ពេល ទោះក្រោយសំណួរទាំងនេះក៏ដោយ។

q-country = ឥឡូវនេះ អ្នកនៅប្រទេសណា?

q-province = ខេត្ត ឬក្រុងណា?
hint-province = សូមចុចមួយ។ បើមិនមានក្នុងបញ្ជី សូមសរសេរឈ្មោះ។

q-compound = តើអ្នកដឹងឈ្មោះអគារ ឬកន្លែងដែលអ្នកនៅទេ?
hint-compound = សូមចុចមួយ ឬសរសេរឈ្មោះដែលអ្នកធ្លាប់ឮ។ ឈ្មោះក្រុមហ៊ុនក៏ជួយបានដែរ។

q-location = តើអ្នកអាចផ្ញើទីតាំងរបស់អ្នកបានទេ?
hint-location =
    ទីតាំងដែលផ្ញើទៅ បង្ហាញច្បាស់ថាទូរស័ព្ទនេះនៅកន្លែងណា។
    សូមផ្ញើតែពេលគ្មាននរណាម្នាក់មើលឃើញទូរស័ព្ទរបស់អ្នក។ បើមិនប្រាកដ សូមចុច «រំលង»។

q-surroundings = តើអ្នកឃើញអ្វីខ្លះនៅជុំវិញអ្នក?
hint-surroundings = ឧទាហរណ៍៖ សមុទ្រ ទន្លេ កាស៊ីណូ ស្លាកសញ្ញា ហាង អគារខ្ពស់ៗ អ្នកនៅជាន់ទីប៉ុន្មាន។ ឈ្មោះដែលអ្នកធ្លាប់ឮក៏ជួយបានដែរ។ ឬចុច «រំលង»។

q-situation = ឥឡូវនេះ តើមួយណាត្រូវនឹងអ្នក?
hint-more-details = អរគុណ។ ព័ត៌មានបន្ថែមមានប្រយោជន៍ ប៉ុន្តែអ្នកអាចឈប់បានគ្រប់ពេល។
opt-situation-inside = ខ្ញុំនៅខាងក្នុងនៅឡើយ
opt-situation-escaped = ខ្ញុំចេញមកបានហើយ
opt-situation-moved = គេប្ដូរខ្ញុំទៅកន្លែងផ្សេង
opt-situation-other = រឿងផ្សេងទៀត

q-passport = លិខិតឆ្លងដែន (ប៉ាស្ព័រ) របស់អ្នកនៅឯណា?
opt-passport-with-me = នៅជាមួយខ្ញុំ
opt-passport-taken = ក្រុមហ៊ុន ឬថៅកែយកទុក
opt-passport-lost = បាត់ហើយ

q-phone = ទូរស័ព្ទនេះជារបស់អ្នកណា?
opt-phone-own = ទូរស័ព្ទខ្ញុំផ្ទាល់
opt-phone-company = ក្រុមហ៊ុនឲ្យខ្ញុំ

q-restraint = បើអ្នកចង់ចេញ តើអ្នកអាចចេញពីកន្លែងនោះបានទេ?
opt-restraint-free = បាន ខ្ញុំអាចចេញបាន
opt-restraint-guarded = មិនបានទេ មានគេយាម
opt-restraint-locked-in = មិនបានទេ គេចាក់សោខ្ញុំទុក
opt-restraint-tied = គេចង ឬដាក់ច្រវាក់ខ្ញុំ

q-violence = នៅទីនោះ តើមានរឿងទាំងនេះកើតឡើងចំពោះអ្នកទេ?
opt-violence-beaten = ត្រូវគេវាយ ឬទាត់
opt-violence-shocks = ត្រូវគេឆក់ខ្សែភ្លើង
opt-violence-threats = គេគំរាមខ្ញុំ ឬគ្រួសារខ្ញុំ
opt-violence-sold = គេថានឹងលក់ខ្ញុំ
opt-violence-sexual = ត្រូវគេរំលោភ ឬបៀតបៀនផ្លូវភេទ
opt-violence-food-sleep = មិនឲ្យញ៉ាំ ឬមិនឲ្យគេង
opt-violence-long-hours = បង្ខំឲ្យធ្វើការយូរម៉ោងពេក
opt-violence-unpaid = មិនបើកប្រាក់ខែឲ្យ
opt-violence-false-job = ការងារមិនដូចដែលគេបានសន្យា
opt-violence-none = គ្មានទាំងអស់

q-money = តើគេទារលុយ ទើបឲ្យអ្នកចេញឬទេ?
opt-money-ransom = មាន គេទារលុយលោះខ្លួន
opt-money-debt = មាន គេថាខ្ញុំជំពាក់ «បំណុល»

q-amount = គេទារប៉ុន្មាន គិតជាដុល្លារអាមេរិក?
hint-amount = សូមសរសេរតែលេខ ឧទាហរណ៍ 8000។ ចំនួនប្រហែលក៏បាន។

q-nationality = តើអ្នកមានសញ្ជាតិអ្វី?

q-minor = តើអ្នកមានអាយុក្រោម 18 ឆ្នាំឬទេ?
opt-minor-yes = មែន ខ្ញុំអាយុក្រោម 18
opt-minor-no = ទេ ខ្ញុំអាយុ 18 ឡើងទៅ

q-others = តើមានមនុស្សផ្សេងទៀតប៉ុន្មាននាក់ ដែលនៅជាមួយអ្នកក្នុងស្ថានភាពដូចគ្នា?
hint-others = ចំនួនប្រហែលក៏បាន។ បើអ្នកនៅម្នាក់ឯង សូមសរសេរ 0។

q-contact = ពេលណាដែលយើងអាចសរសេរមកអ្នកដោយសុវត្ថិភាព?
opt-contact-i-write-first = លុះត្រាខ្ញុំសរសេរមកមុន
opt-contact-hours = តែម៉ោងខ្លះប៉ុណ្ណោះ
opt-contact-any-time = ពេលណាក៏បាន

q-hours = ជាធម្មតា ម៉ោងណាខ្លះដែលមានសុវត្ថិភាព?
hint-hours = ម៉ោងនៅកន្លែងដែលអ្នកនៅ។ អ្នកអាចជ្រើសបានច្រើនជាងមួយ។ រួចចុច «រួចរាល់»។
opt-hours-early = ព្រលឹម (ម៉ោង 5–8)
opt-hours-morning = ពេលព្រឹក (ម៉ោង 8–12)
opt-hours-midday = ថ្ងៃត្រង់ (ម៉ោង 12–14)
opt-hours-evening = ពេលល្ងាច (ម៉ោង 18–22)
opt-hours-late-night = យប់ជ្រៅ (ម៉ោង 22–3)
opt-hours-daytime = ពេលថ្ងៃ (8–18)
opt-hours-night = ពេលយប់ (20–6)

q-consent = តើយើងអាចប្រាប់ចម្លើយរបស់អ្នកទៅអ្នកណាខ្លះ?
hint-consent = អ្នកទាំងនេះអាចជួយអ្នកឲ្យចេញ ហើយត្រឡប់ទៅផ្ទះវិញ។ យើងប្រាប់តែអ្វីដែលពួកគេត្រូវការ។ អ្នកអាចប្ដូរចិត្តនៅពេលក្រោយ។
opt-consent-embassy-ngo = ស្ថានទូតខ្ញុំ និងអង្គការជួយ
opt-consent-ngo-only = តែអង្គការជួយ (NGO)
opt-consent-embassy-only = តែស្ថានទូតខ្ញុំ
opt-consent-hotline-only = កុំប្រាប់អ្នកណា តែក្រុមនេះ

q-notes = តើមានអ្វីផ្សេងទៀតដែលអ្នកចង់ឲ្យយើងដឹងទេ?

q-summary = សូមពិនិត្យចម្លើយរបស់អ្នក។
opt-summary-send = ត្រូវហើយ ផ្ញើទៅ
opt-summary-change = កែចម្លើយ

end-sent = អរគុណ បានទទួលទាំងអស់ហើយ។

## Case reference (sent by the bot after end-sent)

case-reference = លេខយោងរបស់អ្នក៖ { $ref }។ បើអ្នកសរសេរមកយើងម្ដងទៀត អ្នកអាចប្រាប់លេខនេះមកយើង។

## Short names of answers (summary, change buttons, cards)

field-safe-now = ស្រួលនិយាយទេ
field-danger = គ្រោះថ្នាក់ឥឡូវ
field-country = ប្រទេស
field-province = ខេត្ត ឬក្រុង
field-compound = អគារ ឬកន្លែង
field-location = ទីតាំង
field-surroundings = អ្វីដែលឃើញជុំវិញ
field-situation = ឥឡូវនៅឯណា
field-passport = លិខិតឆ្លងដែន
field-phone = ទូរស័ព្ទ
field-restraint = អាចចេញបានទេ
field-violence = អំពើហិង្សា និងការគំរាម
field-ransom = លុយដែលគេទារ
field-ransom-amount = ចំនួនលុយ
field-nationality = សញ្ជាតិ
field-minor = អាយុក្រោម 18
field-others-count = អ្នកផ្សេងនៅជាមួយ
field-contact-window = ពេលណាអាចទាក់ទង
field-contact-hours = ម៉ោងមានសុវត្ថិភាព
field-consent = អាចប្រាប់អ្នកណា
field-notes = ផ្សេងៗ

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = បន្ទាន់បំផុត
desk-tier-high = ខ្ពស់
desk-tier-normal = ធម្មតា
desk-card-ref = ករណី { $ref }
desk-card-possible-repeat = ⚠️ អាចស្ទួន៖ កាតមុនសម្រាប់ករណីនេះប្រហែលនៅខាងលើ; ប្រើកាតថ្មីបំផុត។
desk-card-language = ភាសា៖ { $lang }
desk-age-now = មុននេះបន្តិច
desk-age-minutes = { $n } នាទីមុន
desk-age-hours = { $n } ម៉ោងមុន
desk-age-days = { $n } ថ្ងៃមុន
desk-status-open = បើក · មិនទាន់មានអ្នកទទួល
desk-status-claimed = { $name } បានទទួលយក
desk-status-resolved = បានបិទ៖ { $outcome }
desk-status-withdrawn = អ្នកសុំជំនួយបានដកករណីវិញ
desk-card-withdrawn = អ្នកសុំជំនួយបានដកករណី { $ref } វិញ។ ចម្លើយរបស់គាត់ត្រូវបានលុបហើយ។
desk-escalated = បានលើកកម្រិត៖ { $reason }
desk-outcome-rescued = បានជួយសង្គ្រោះ
desk-outcome-referred-embassy = បញ្ជូនទៅស្ថានទូត
desk-outcome-referred-ngo = បញ្ជូនទៅអង្គការ (NGO)
desk-outcome-referred-police = បញ្ជូនទៅប៉ូលិស
desk-outcome-unreachable = ទាក់ទងមិនបាន
desk-outcome-duplicate = ករណីស្ទួន
desk-outcome-withdrawn = អ្នកសុំជំនួយបានដកវិញ
desk-escalate-worse-now = ស្ថានភាពកាន់តែធ្ងន់
desk-escalate-minor-confirmed = បញ្ជាក់ថាជាអនីតិជន
desk-escalate-medical = ត្រូវការព្យាបាល
desk-escalate-moved-sold = ត្រូវគេផ្លាស់ទី ឬលក់
desk-escalate-other = មូលហេតុផ្សេង
desk-unknown = មិនដឹង
desk-none = គ្មាន
desk-field-where = ទីកន្លែង
desk-field-pin = ទីតាំង
desk-osm-link = ផែនទី
desk-nearest = កន្លែងដែលស្គាល់ជិតបំផុត៖ { $name } ({ $km } គ.ម.)
desk-compound-reports = របាយការណ៍លេខ { $n } ពីកន្លែងនេះក្នុងរយៈពេល { $days } ថ្ងៃ
desk-dashboard-link = តំណចូលផ្ទាំងគ្រប់គ្រង៖ ប្រើបានម្តង មានសុពលភាព { $minutes } នាទី។ កុំបញ្ជូនបន្ត។
desk-dashboard-sent = តំណចូលត្រូវបានផ្ញើទៅអ្នកជាឯកជន។
desk-dashboard-no-private = សូមបើកការជជែកឯកជនជាមួយបូតជាមុនសិន រួចផ្ញើ /dashboard ម្តងទៀត។
desk-field-surroundings = ជុំវិញ
desk-field-situation = ស្ថានភាព
desk-field-danger = គ្រោះថ្នាក់ឥឡូវ
desk-field-passport = លិខិតឆ្លងដែន
desk-field-phone = ទូរស័ព្ទ
desk-field-restraint = អាចចេញបាន
desk-field-violence = អំពើហិង្សា
desk-field-ransom = លុយដែលគេទារ
desk-amount-usd = { $amount } ដុល្លារអាមេរិក
desk-field-nationality = សញ្ជាតិ
desk-field-minor = អាយុក្រោម 18
desk-field-others = អ្នកផ្សេងនៅជាមួយ
desk-field-indicators = សូចនាករពលកម្មដោយបង្ខំ
desk-field-contact = ការទាក់ទងដោយសុវត្ថិភាព
desk-field-consent = ការយល់ព្រមឲ្យចែករំលែក
desk-field-notes = កំណត់ចំណាំ
desk-field-other-answers = ចម្លើយផ្សេងៗ
flag-minor = អនីតិជន
flag-injured = រងរបួស
flag-needs-medical = ត្រូវការពេទ្យ
flag-in-danger-now = កំពុងមានគ្រោះថ្នាក់
flag-self-harm-risk = ហានិភ័យធ្វើបាបខ្លួនឯង
flag-physically-restrained = ត្រូវគេចង ឬដាក់ច្រវាក់
flag-locked-in = ត្រូវគេចាក់សោទុក
flag-guarded = មានគេយាម
flag-passport-retained = ត្រូវគេយកលិខិតឆ្លងដែន
flag-electric-shocks = ត្រូវគេឆក់ខ្សែភ្លើង
flag-beaten = ត្រូវគេវាយ
flag-sexual-abuse = ការរំលោភផ្លូវភេទ
flag-threatened = ត្រូវគេគំរាម
flag-threat-of-sale = គំរាមលក់បន្ត
flag-ransom-demanded = ទារលុយលោះខ្លួន
flag-debt-demanded = ទារបំណុល
flag-food-sleep-withheld = មិនឲ្យញ៉ាំ ឬមិនឲ្យគេង
indicator-abuse-of-vulnerability = ការកេងប្រវ័ញ្ចលើភាពងាយរងគ្រោះ
indicator-restriction-of-movement = ការរឹតត្បិតការធ្វើដំណើរ
indicator-isolation = ការកាត់ផ្ដាច់ពីអ្នកដទៃ
indicator-physical-and-sexual-violence = អំពើហិង្សាលើរាងកាយ និងផ្លូវភេទ
indicator-intimidation-and-threats = ការបំភិតបំភ័យ និងការគំរាមកំហែង
indicator-retention-of-identity-documents = ការរឹបអូសឯកសារអត្តសញ្ញាណ
indicator-withholding-of-wages = ការមិនបើកប្រាក់ឈ្នួល
indicator-debt-bondage = ការជាប់បំណុល (ទាសភាពបំណុល)
indicator-abusive-working-and-living-conditions = លក្ខខណ្ឌការងារ និងការរស់នៅដ៏អាក្រក់
indicator-excessive-overtime = ការធ្វើការថែមម៉ោងហួសកម្រិត
desk-btn-claim = ✋ ទទួលយក
desk-btn-release = ↩️ លែងទទួល
desk-btn-escalate = ⬆️ លើកកម្រិត
desk-btn-resolve = ✅ បិទករណី
desk-btn-back = ← ត្រឡប់
desk-ans-claimed = បានទទួលយក។ ករណីនេះជារបស់អ្នកហើយ។
desk-ans-released = បានលែងទទួល។
desk-ans-escalated = បានលើកកម្រិត។
desk-ans-resolved = បានបិទ។
desk-refused-not-allowed = មានតែអ្នកសម្របសម្រួលក្នុងបញ្ជីអនុញ្ញាតប៉ុណ្ណោះ ដែលអាចធ្វើបាន។
desk-refused-expired = ប៊ូតុងនេះផុតកំណត់ហើយ។ កាតត្រូវបានធ្វើឲ្យថ្មី។
desk-refused-stale = កាតនេះហួសសម័យ។ វាត្រូវបានធ្វើឲ្យថ្មីហើយ សូមមើលម្ដងទៀត។
desk-refused-illegal = មិនអាចធ្វើបានទេ ក្នុងស្ថានភាពបច្ចុប្បន្នរបស់ករណីនេះ។
desk-refused-not-owner = មានតែអ្នកសម្របសម្រួលដែលបានទទួលករណីនេះប៉ុណ្ណោះ ដែលអាចធ្វើបាន។
desk-refused-not-found = ករណីនេះលែងមានហើយ។
desk-queue-title = ករណីកំពុងបើក ({ $count }) បន្ទាន់បំផុតនៅមុន៖
desk-queue-empty = គ្មានករណីកំពុងបើកទេ។
desk-list-more = … នៅមានករណីបើកទៀត។ ទទួលយក ឬបិទខ្លះសិន ដើម្បីមើលករណីដែលនៅសល់។
desk-mine-title = ករណីដែលអ្នកបានទទួល ({ $count })៖
desk-mine-empty = អ្នកមិនទាន់ទទួលករណីណាទេ។
desk-case-usage = របៀបប្រើ៖ /case REF (ឧទាហរណ៍ /case ABCD-1234)
desk-case-unknown = គ្មានករណី { $ref } ទេ។
desk-reply-usage = របៀបប្រើ៖ /reply REF សាររបស់អ្នក — ឬឆ្លើយតប (reply) ទៅកាតករណី។
desk-relay-delivered = បានផ្ញើដល់អ្នកសុំជំនួយនៃករណី { $ref } ហើយ។
desk-relay-held = រក្សាទុកសិន៖ ពេលនេះនៅក្រៅម៉ោងដែលអ្នកសុំជំនួយអាចទាក់ទងដោយសុវត្ថិភាព។ សារនឹងផ្ញើចេញ ពេលដល់ម៉ោងនោះ។
desk-relay-not-claimed = សូមទទួលយកករណី { $ref } សិន រួចសឹមសរសេរទៅអ្នកសុំជំនួយ។
desk-relay-not-owner = មានតែអ្នកសម្របសម្រួលដែលបានទទួលករណី { $ref } ប៉ុណ្ណោះ ដែលអាចសរសេរទៅអ្នកសុំជំនួយបាន។
desk-relay-text-only = អាចបញ្ជូនតែអក្សរទៅអ្នកសុំជំនួយប៉ុណ្ណោះ។ សូមសរសេរជាសារ។
desk-relay-blocked = ផ្ញើមិនដល់៖ អ្នកសុំជំនួយនៃករណី { $ref } បានប្លុកការជជែកនេះ ឬបានលុបគណនីរបស់គាត់។
desk-held-delivered = សារដែលរក្សាទុក { $count } ត្រូវបានផ្ញើដល់អ្នកសុំជំនួយនៃករណី { $ref } ហើយ។
desk-held-dropped-refused = សារដែលរក្សាទុក { $count } សម្រាប់អ្នកសុំជំនួយនៃករណី { $ref } ត្រូវបានបោះបង់៖ Telegram បានបដិសេធ។ សូមសរសេរម្ដងទៀត។
desk-relay-partial = សាររបស់អ្នកមិនបានទៅដល់អ្នកសុំជំនួយនៃករណី { $ref } ទាំងអស់ទេ៖ បានផ្ញើ { $sent } ផ្នែកក្នុងចំណោម { $total } ហើយ Telegram បានបដិសេធ។ សូមផ្ញើផ្នែកដែលនៅសល់ម្ដងទៀត។
desk-held-dropped-blocked = សារដែលរក្សាទុក { $count } សម្រាប់អ្នកសុំជំនួយនៃករណី { $ref } ត្រូវបានបោះបង់៖ គាត់បានប្លុកការជជែកនេះ ឬបានលុបគណនីរបស់គាត់។
desk-from-person = { $ref } · អ្នកសុំជំនួយ [{ $lang }]៖
desk-still-unclaimed = ⏰ នៅមិនទាន់មានអ្នកទទួល៖ { $ref } (បន្ទាន់បំផុត, ដាក់ចូល { $age })
desk-digest-title = 📋 ករណីថ្មីច្រើនក្នុងពេលតែមួយ។ មួយបន្ទាត់សម្រាប់ករណីនីមួយៗ រហូតដល់កាតរបស់វាមកដល់។ ចុចលើករណីដើម្បីបង្ហាញកាតរបស់វាឥឡូវនេះ។
desk-digest-card-below = កាតនៅខាងក្រោម
desk-digest-ans-posted = កាតរបស់វាត្រូវបានបង្ហោះខាងក្រោមហើយ។
desk-digest-ans-below = កាតរបស់វាមាននៅក្នុងការជជែករួចហើយ។
desk-digest-ans-coming = កំពុងបង្ហោះកាតរបស់វា។
desk-person-exited = ករណី { $ref }៖ អ្នកសុំជំនួយបានប្រើការចាកចេញរហ័ស ហើយការជជែកត្រូវបានសម្អាត។ ប្រហែលជាមាននរណាម្នាក់កំពុងមើលទូរស័ព្ទរបស់គាត់។ សារទៅគាត់នឹងរង់ចាំ រហូតដល់គាត់សរសេរមកម្ដងទៀត។
desk-relay-prefix = សារពីក្រុមយើង៖
desk-person-ack = អរគុណ បានទទួលទាំងអស់ហើយ។
desk-person-text-only = សូមសរសេរសាររបស់អ្នកជាអក្សរ។

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = ការបោកប្រាស់
desk-contact-waits = ការឆ្លើយតបរង់ចាំរហូតដល់ពួកគេសរសេរ
desk-contact-open-now = បើកឥឡូវ
desk-contact-opens-minutes = បើកក្នុង { $n } នាទី
desk-contact-opens-hours = បើកក្នុង { $n } ម៉ោង
desk-contact-their-time = { $hours } ម៉ោងរបស់ពួកគេ ({ $zone })
desk-contact-your-time = { $hours } ម៉ោងរបស់អ្នក ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, ដូចអ្នក)
desk-refused-taken = { $name } បានទទួលករណីនេះរួចហើយ។
