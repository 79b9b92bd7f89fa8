# review: machine-drafted
# Lao — ພາສາລາວ. Machine-drafted: a native Lao speaker must review this file before its first line is changed to "# review: reviewed".
# ສະບັບຮ່າງຈາກເຄື່ອງ: ຕ້ອງໃຫ້ຄົນລາວທີ່ເວົ້າພາສາລາວກວດກ່ອນ ຈຶ່ງປ່ຽນແຖວທຳອິດເປັນ "# review: reviewed" ໄດ້
# Writing rules: see the header of locales/en.ftl. Short sentences, everyday words;
# the FIRST line of every message must be harmless in a notification preview;
# buttons at most 40 characters; never promise a rescue or a time.
# ຂ້ອຍ (I) and ເຈົ້າ (you) are used because they do not mark gender.

## Language and quick exit (src/i18n, src/safety)

language-name = ພາສາລາວ
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = ອອກ, ຢຸດ

## Flow engine (src/flow/engine)

btn-done = ສຳເລັດ
btn-change = ແກ້ໄຂ
selected-mark = ✓
reask-use-buttons = ກະລຸນາກົດປຸ່ມໃດໜຶ່ງຢູ່ຂ້າງເທິງ
reask-too-long = ຂໍ້ຄວາມຍາວໄປໜ້ອຍໜຶ່ງ ກະລຸນາຂຽນບໍ່ໃຫ້ເກີນ { $max } ຕົວອັກສອນ
reask-not-a-number = ກະລຸນາຂຽນແຕ່ຕົວເລກ ເຊັ່ນ 5000
reask-out-of-range = ກະລຸນາຂຽນຕົວເລກແຕ່ { $min } ຫາ { $max }
reask-unsupported = ຂໍໂທດ ພວກເຮົາອ່ານຂໍ້ຄວາມແບບນີ້ບໍ່ໄດ້ ກະລຸນາກົດປຸ່ມ ຫຼື ຂຽນສັ້ນໆ ສອງສາມຄຳ
reask-stale-button = ປຸ່ມນີ້ແມ່ນຂອງຄຳຖາມກ່ອນໜ້ານີ້ ກະລຸນາຕອບຄຳຖາມອັນລ່າສຸດ
reask-empty = ຍັງບໍ່ມີຄຳຕອບ ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງຂໍ້ ຫຼື ຂຽນສັ້ນໆ ສອງສາມຄຳ
summary-title = ຄຳຕອບຂອງເຈົ້າ:
summary-unknown = ບໍ່ແນ່ໃຈ
summary-skipped = ບໍ່ໄດ້ຕອບ
summary-pick-change = ຢາກແກ້ຄຳຕອບຂໍ້ໃດ?

## Shared buttons and lines

opt-no = ບໍ່
opt-dont-know = ບໍ່ຮູ້
opt-skip = ຂ້າມ
opt-prefer-not = ບໍ່ຢາກບອກ
opt-other-country = ປະເທດອື່ນ
hint-choose-all = ເລືອກໄດ້ຫຼາຍກວ່າໜຶ່ງຂໍ້ ແລ້ວກົດ "ສຳເລັດ"

## Person side (src/bot, src/flow/service.ts)

welcome =
    ສະບາຍດີ ນີ້ແມ່ນແຊັດສ່ວນຕົວ
    ພວກເຮົາເປັນທີມນ້ອຍໆ ທີ່ຊ່ວຍຄົນທີ່ອອກຈາກວຽກບໍ່ໄດ້ ຫຼື ຖືກກັກໂຕໄວ້ບໍ່ໃຫ້ໄປໃສ ເລືອກພາສາໄດ້ຢູ່ຂ້າງລຸ່ມ
    ຖ້າຢາກລຶບແຊັດນີ້ ໃຫ້ສົ່ງຄຳນີ້ຄຳດຽວ: ອອກ
    ຖ້າຢາກລຶບຂໍ້ຄວາມທີ່ເກົ່າກວ່າ 2 ມື້ ໃຫ້ລຶບແຊັດນີ້ເອງ
language-pick = ຢາກໃຊ້ພາສາໃດ?
help-text =
    ສະບາຍດີ ສົ່ງຄຳສັ່ງເຫຼົ່ານີ້ໄດ້:
    /new — ເລີ່ມຕອບຄຳຖາມໃໝ່
    /ref — ເບິ່ງເລກອ້າງອີງຂອງເຈົ້າໜຶ່ງນາທີ
    /language — ປ່ຽນພາສາ
    /discreet — ລຶບແຕ່ລະຄຳຖາມຫຼັງຈາກຕອບແລ້ວ (ເປີດ ຫຼື ປິດ)
    /erase — ລຶບຄຳຕອບຂອງເຈົ້າ ແລະ ແຊັດນີ້
    ອອກ — ລຶບແຊັດນີ້ (2 ມື້ຫຼ້າສຸດ)
erase-done = ຮຽບຮ້ອຍ ລຶບຄຳຕອບຂອງເຈົ້າແລ້ວ ຖ້າຢາກລຶບຂໍ້ຄວາມທີ່ເກົ່າກວ່າ 2 ມື້ ໃຫ້ລຶບແຊັດນີ້ເອງ
discreet-on = ໄດ້ ຫຼັງຈາກຕອບແຕ່ລະຂໍ້ ຄຳຖາມ ແລະ ຄຳຕອບນັ້ນຈະຖືກລຶບ
discreet-off = ໄດ້ ຕໍ່ໄປນີ້ ຄຳຖາມ ແລະ ຄຳຕອບຈະຢູ່ໃນແຊັດນີ້ ຖ້າຢາກໃຫ້ລຶບອີກ ໃຫ້ສົ່ງ /discreet
error-try-again = ຂໍໂທດ ລະບົບຂອງພວກເຮົາມີບັນຫາ ກະລຸນາສົ່ງອີກຄັ້ງໃນອີກຈັກໜ່ອຍ
error-delay = ຂໍໂທດ ລະບົບຂອງພວກເຮົາຊ້າໄປໜ້ອຍໜຶ່ງ ຂໍ້ຄວາມຂອງເຈົ້າບໍ່ຫາຍ ບໍ່ຕ້ອງສົ່ງອີກຄັ້ງ
flow-restarted = ຂໍອະໄພ, ຄຳຖາມຂອງພວກເຮົາຖືກປ່ຽນໃນຂະນະທີ່ເຈົ້າກຳລັງຕອບ, ສະນັ້ນພວກເຮົາຕ້ອງເລີ່ມໃໝ່ຈາກຄຳຖາມທຳອິດ. ຍັງບໍ່ມີຫຍັງຖືກສົ່ງໄປຫາທີມຂອງພວກເຮົາເທື່ອ.
flood-notice = ຊ້າລົງແດ່ ລໍຖ້າຈັກສອງສາມວິນາທີ ແລ້ວຈຶ່ງສົ່ງຕໍ່
case-open-info = ຂອບໃຈ, ໄດ້ຮັບທັງໝົດແລ້ວ. ເຈົ້າສາມາດຂຽນມາບ່ອນນີ້ໄດ້ທຸກເວລາ

## Triage flow (flows/triage.yaml)

q-safe-now = ສະບາຍດີ ຕອນນີ້ສົ່ງຂໍ້ຄວາມຈັກສອງສາມຂໍ້ໄດ້ບໍ່?
hint-safe-now = ຕອບຕໍ່ສະເພາະຕອນທີ່ບໍ່ມີໃຜເຫັນໂທລະສັບຂອງເຈົ້າ ຢຸດໄດ້ທຸກເວລາ
opt-safe-now-yes = ໄດ້ ຕອນນີ້ຂຽນໄດ້
opt-safe-now-not-now = ຕອນນີ້ຍັງບໍ່ໄດ້

end-later =
    ໄດ້ ຕອນໃດສະດວກ ສົ່ງຂໍ້ຄວາມຫຍັງກໍໄດ້ມາບ່ອນນີ້ ແລ້ວພວກເຮົາຈະເລີ່ມໃໝ່
    ຖ້າຢາກລຶບແຊັດນີ້ ໃຫ້ສົ່ງຄຳນີ້ຄຳດຽວ: ອອກ
    ຖ້າຢາກລຶບຂໍ້ຄວາມທີ່ເກົ່າກວ່າ 2 ມື້ ໃຫ້ລຶບແຊັດນີ້ເອງ

q-danger = ຕອນນີ້ ມີຂໍ້ໃດແດ່ທີ່ກົງກັບເຈົ້າ?
opt-danger-hurt-now = ມີຄົນກຳລັງທຳຮ້າຍຂ້ອຍ
opt-danger-injured = ຂ້ອຍບາດເຈັບ
opt-danger-doctor = ຂ້ອຍຕ້ອງການໝໍ
opt-danger-self-harm = ຂ້ອຍຄິດຢາກທຳຮ້າຍຕົວເອງ
opt-danger-none = ບໍ່ມີຂໍ້ໃດເລີຍ

q-self-harm-note =
    ຂອບໃຈທີ່ບອກພວກເຮົາ
    ຄວາມຮູ້ສຶກຂອງເຈົ້າສຳຄັນ ແລະ ເຈົ້າບໍ່ໄດ້ຢູ່ຄົນດຽວ ເຈົ້າໜ້າທີ່ຂອງພວກເຮົາ ທີ່ເປັນຄົນແທ້ໆ ຈະອ່ານຄຳຕອບຂອງເຈົ້າກ່ອນ
    ຂຽນຫາພວກເຮົາໄດ້ທຸກເວລາ ຫຼັງຈາກຕອບຄຳຖາມເຫຼົ່ານີ້ແລ້ວກໍໄດ້

q-country = ຕອນນີ້ເຈົ້າຢູ່ປະເທດໃດ?

q-province = ແຂວງ ຫຼື ເມືອງໃດ?
hint-province = ກົດເລືອກອັນໜຶ່ງ ຖ້າບໍ່ມີໃນລາຍຊື່ ໃຫ້ຂຽນຊື່ມາ

q-compound = ຮູ້ຊື່ຕຶກ ຫຼື ຊື່ບ່ອນທີ່ເຈົ້າຢູ່ບໍ່?
hint-compound = ກົດເລືອກອັນໜຶ່ງ ຫຼື ຂຽນຊື່ທີ່ເຄີຍໄດ້ຍິນ ຊື່ບໍລິສັດກໍຊ່ວຍໄດ້

q-location = ສົ່ງທີ່ຕັ້ງ (ໂລເຄຊັນ) ຂອງເຈົ້າມາໄດ້ບໍ່?
hint-location =
    ໝຸດທີ່ຕັ້ງ ຈະບອກຢ່າງຈະແຈ້ງວ່າໂທລະສັບເຄື່ອງນີ້ຢູ່ໃສ
    ສົ່ງສະເພາະຕອນທີ່ບໍ່ມີໃຜເຫັນໂທລະສັບຂອງເຈົ້າ ຖ້າບໍ່ແນ່ໃຈ ໃຫ້ກົດ "ຂ້າມ"

q-surroundings = ອ້ອມຂ້າງເຈົ້າ ເຫັນຫຍັງແດ່?
hint-surroundings = ເຊັ່ນ: ທະເລ, ແມ່ນ້ຳ, ຄາສິໂນ, ປ້າຍ, ຮ້ານຄ້າ, ຕຶກສູງ, ເຈົ້າຢູ່ຊັ້ນໃດ. ຊື່ທີ່ເຄີຍໄດ້ຍິນກໍຊ່ວຍໄດ້ ຫຼື ກົດ "ຂ້າມ"

q-situation = ຕອນນີ້ ຂໍ້ໃດກົງກັບເຈົ້າ?
hint-more-details = ຂອບໃຈ. ຂໍ້ມູນເພີ່ມເຕີມມີປະໂຫຍດ, ແຕ່ທ່ານຢຸດໄດ້ທຸກເວລາ.
opt-situation-inside = ຂ້ອຍຍັງຢູ່ຂ້າງໃນ
opt-situation-escaped = ຂ້ອຍອອກມາໄດ້ແລ້ວ
opt-situation-moved = ຂ້ອຍຖືກຍ້າຍໄປບ່ອນອື່ນ
opt-situation-other = ຢ່າງອື່ນ

q-passport = ໜັງສືຜ່ານແດນຂອງເຈົ້າຢູ່ໃສ?
opt-passport-with-me = ຢູ່ນຳຂ້ອຍ
opt-passport-taken = ບໍລິສັດ ຫຼື ນາຍຍຶດໄປ
opt-passport-lost = ເສຍໄປແລ້ວ

q-phone = ໂທລະສັບເຄື່ອງນີ້ເປັນຂອງໃຜ?
opt-phone-own = ເປັນຂອງຂ້ອຍເອງ
opt-phone-company = ບໍລິສັດໃຫ້ມາ

q-restraint = ຖ້າຢາກໄປ ເຈົ້າອອກຈາກບ່ອນນັ້ນໄດ້ບໍ່?
opt-restraint-free = ໄດ້ ຂ້ອຍອອກໄດ້
opt-restraint-guarded = ບໍ່ໄດ້ ມີຄົນເຝົ້າ
opt-restraint-locked-in = ບໍ່ໄດ້ ຂ້ອຍຖືກຂັງໄວ້
opt-restraint-tied = ຂ້ອຍຖືກມັດ ຫຼື ລ່າມໂສ້

q-violence = ຢູ່ບ່ອນນັ້ນ ເຈົ້າເຄີຍພົບເລື່ອງເຫຼົ່ານີ້ບໍ່?
opt-violence-beaten = ຖືກຕີ ຫຼື ເຕະ
opt-violence-shocks = ຖືກຊັອດດ້ວຍໄຟຟ້າ
opt-violence-threats = ຖືກຂູ່ ຫຼື ຂູ່ຄອບຄົວຂ້ອຍ
opt-violence-sold = ເຂົາຂູ່ວ່າຈະຂາຍຂ້ອຍຕໍ່
opt-violence-sexual = ຖືກລ່ວງລະເມີດ ຫຼື ບັງຄັບທາງເພດ
opt-violence-food-sleep = ບໍ່ໃຫ້ກິນ ຫຼື ບໍ່ໃຫ້ນອນ
opt-violence-long-hours = ຖືກບັງຄັບເຮັດວຽກດົນຫຼາຍ
opt-violence-unpaid = ບໍ່ໄດ້ເງິນເດືອນ
opt-violence-false-job = ວຽກບໍ່ແມ່ນຕາມທີ່ສັນຍາ
opt-violence-none = ບໍ່ມີຂໍ້ໃດເລີຍ

q-money = ເຂົາໃຫ້ຈ່າຍເງິນກ່ອນ ຈຶ່ງຍອມໃຫ້ອອກບໍ່?
opt-money-ransom = ແມ່ນ ເຂົາເອົາຄ່າໄຖ່ຕົວ
opt-money-debt = ແມ່ນ ເຂົາວ່າຂ້ອຍຕິດ "ໜີ້"

q-amount = ເຂົາເອົາເງິນເທົ່າໃດ ເປັນໂດລາສະຫະລັດ?
hint-amount = ຂຽນແຕ່ຕົວເລກ ເຊັ່ນ 8000 ປະມານເອົາກໍໄດ້

q-nationality = ເຈົ້າມີສັນຊາດຫຍັງ?

q-minor = ເຈົ້າອາຍຸຕ່ຳກວ່າ 18 ປີບໍ່?
opt-minor-yes = ແມ່ນ ຂ້ອຍອາຍຸຕ່ຳກວ່າ 18
opt-minor-no = ບໍ່ ຂ້ອຍອາຍຸ 18 ຂຶ້ນໄປ

q-others = ມີຄົນອື່ນທີ່ຢູ່ໃນສະພາບດຽວກັນກັບເຈົ້າຈັກຄົນ?
hint-others = ປະມານເອົາກໍໄດ້ ຖ້າຢູ່ຄົນດຽວ ໃຫ້ຂຽນ 0

q-contact = ພວກເຮົາຂຽນຫາເຈົ້າຕອນໃດຈຶ່ງປອດໄພ?
opt-contact-i-write-first = ລໍຖ້າຂ້ອຍຂຽນມາກ່ອນ
opt-contact-hours = ສະເພາະບາງເວລາ
opt-contact-any-time = ໄດ້ທຸກເວລາ

q-hours = ປົກກະຕິ ເວລາໃດທີ່ປອດໄພ?
hint-hours = ເວລາຂອງບ່ອນທີ່ເຈົ້າຢູ່ ເລືອກໄດ້ຫຼາຍກວ່າໜຶ່ງຊ່ວງ ແລ້ວກົດ "ສຳເລັດ"
opt-hours-early = ເຊົ້າມືດ (5–8 ໂມງ)
opt-hours-morning = ຕອນເຊົ້າ (8–12 ໂມງ)
opt-hours-midday = ຕອນທ່ຽງ (12–14 ໂມງ)
opt-hours-evening = ຕອນແລງ (18–22 ໂມງ)
opt-hours-late-night = ກາງເດິກ (22–3 ໂມງ)
opt-hours-daytime = ກາງເວັນ (8–18)
opt-hours-night = ກາງຄືນ (20–6)

q-consent = ພວກເຮົາສົ່ງຄຳຕອບຂອງເຈົ້າໃຫ້ໃຜໄດ້ແດ່?
hint-consent = ຄົນເຫຼົ່ານີ້ຊ່ວຍໃຫ້ເຈົ້າອອກມາ ແລະ ໄດ້ກັບບ້ານ ພວກເຮົາສົ່ງໃຫ້ແຕ່ສິ່ງທີ່ເຂົາຈຳເປັນຕ້ອງຮູ້ ເຈົ້າປ່ຽນໃຈພາຍຫຼັງໄດ້
opt-consent-embassy-ngo = ສະຖານທູດ ແລະ ອົງການຊ່ວຍເຫຼືອ
opt-consent-ngo-only = ສະເພາະອົງການຊ່ວຍເຫຼືອ (NGO)
opt-consent-embassy-only = ສະເພາະສະຖານທູດ
opt-consent-hotline-only = ບໍ່ໃຫ້ໃຜ ສະເພາະທີມນີ້

q-notes = ມີຫຍັງຢາກບອກພວກເຮົາອີກບໍ່?

q-summary = ກະລຸນາກວດຄຳຕອບຂອງເຈົ້າ
opt-summary-send = ຖືກແລ້ວ ສົ່ງເລີຍ
opt-summary-change = ແກ້ຄຳຕອບ

end-sent = ຂອບໃຈ, ໄດ້ຮັບທັງໝົດແລ້ວ.

## Case reference (sent by the bot after end-sent)

case-reference = ເລກອ້າງອີງຂອງເຈົ້າ: { $ref } ຖ້າຂຽນຫາພວກເຮົາອີກ ບອກເລກນີ້ໄດ້

## Short names of answers (summary, change buttons, cards)

field-safe-now = ສະດວກລົມບໍ່
field-danger = ອັນຕະລາຍຕອນນີ້
field-country = ປະເທດ
field-province = ແຂວງ ຫຼື ເມືອງ
field-compound = ຕຶກ ຫຼື ສະຖານທີ່
field-location = ໝຸດທີ່ຕັ້ງ
field-surroundings = ສິ່ງທີ່ເຫັນອ້ອມຂ້າງ
field-situation = ຕອນນີ້ຢູ່ໃສ
field-passport = ໜັງສືຜ່ານແດນ
field-phone = ໂທລະສັບ
field-restraint = ອອກໄປໄດ້ບໍ່
field-violence = ການທຳຮ້າຍ ແລະ ການຂູ່
field-ransom = ເງິນທີ່ເຂົາເອົາ
field-ransom-amount = ຈຳນວນເງິນ
field-nationality = ສັນຊາດ
field-minor = ອາຍຸຕ່ຳກວ່າ 18
field-others-count = ຄົນອື່ນທີ່ຢູ່ນຳ
field-contact-window = ຕິດຕໍ່ໄດ້ຕອນໃດ
field-contact-hours = ເວລາທີ່ປອດໄພ
field-consent = ສົ່ງໃຫ້ໃຜໄດ້
field-notes = ເລື່ອງອື່ນໆ

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = ວິກິດ
desk-tier-high = ສູງ
desk-tier-normal = ປົກກະຕິ
desk-card-ref = ກໍລະນີ { $ref }
desk-card-possible-repeat = ⚠️ ອາດຊ້ຳ: ບັດກ່ອນໜ້າຂອງກໍລະນີນີ້ອາດຢູ່ທາງເທິງ; ໃຊ້ບັດໃໝ່ສຸດ.
desk-card-language = ພາສາ: { $lang }
desk-age-now = ຫາກໍ່ນີ້
desk-age-minutes = { $n } ນາທີກ່ອນ
desk-age-hours = { $n } ຊົ່ວໂມງກ່ອນ
desk-age-days = { $n } ມື້ກ່ອນ
desk-status-open = ເປີດຢູ່ · ຍັງບໍ່ມີຄົນຮັບ
desk-status-claimed = { $name } ຮັບແລ້ວ
desk-status-resolved = ປິດແລ້ວ: { $outcome }
desk-status-withdrawn = ຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຖອນອອກແລ້ວ
desk-card-withdrawn = ຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຖອນກໍລະນີ { $ref } ອອກແລ້ວ ຄຳຕອບຂອງເຂົາຖືກລຶບແລ້ວ
desk-escalated = ຍົກລະດັບ: { $reason }
desk-outcome-rescued = ຊ່ວຍອອກມາໄດ້ແລ້ວ
desk-outcome-referred-embassy = ສົ່ງຕໍ່ສະຖານທູດ
desk-outcome-referred-ngo = ສົ່ງຕໍ່ NGO
desk-outcome-referred-police = ສົ່ງຕໍ່ຕຳຫຼວດ
desk-outcome-unreachable = ຕິດຕໍ່ບໍ່ໄດ້
desk-outcome-duplicate = ກໍລະນີຊ້ຳ
desk-outcome-withdrawn = ຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຖອນອອກ
desk-escalate-worse-now = ສະພາບຮ້າຍແຮງຂຶ້ນ
desk-escalate-minor-confirmed = ຢືນຢັນວ່າອາຍຸຕ່ຳກວ່າ 18
desk-escalate-medical = ຕ້ອງການປິ່ນປົວ
desk-escalate-moved-sold = ຖືກຍ້າຍ ຫຼື ຖືກຂາຍ
desk-escalate-other = ເຫດຜົນອື່ນ
desk-unknown = ບໍ່ຮູ້
desk-none = ບໍ່ມີ
desk-field-where = ຢູ່ໃສ
desk-field-pin = ໝຸດ
desk-osm-link = ແຜນທີ່
desk-nearest = ສະຖານທີ່ທີ່ຮູ້ຈັກໃກ້ທີ່ສຸດ: { $name } ({ $km } ກມ.)
desk-compound-reports = ລາຍງານທີ { $n } ຈາກສະຖານທີ່ນີ້ໃນ { $days } ມື້
desk-dashboard-link = ລິ້ງເຂົ້າລະບົບແດຊບອດ: ໃຊ້ໄດ້ເທື່ອດຽວ, { $minutes } ນາທີ. ຢ່າສົ່ງຕໍ່.
desk-dashboard-sent = ສົ່ງລິ້ງເຂົ້າລະບົບໃຫ້ທ່ານແບບສ່ວນຕົວແລ້ວ.
desk-dashboard-no-private = ເປີດແຊັດສ່ວນຕົວກັບບອດກ່ອນ, ແລ້ວສົ່ງ /dashboard ອີກຄັ້ງ.
desk-field-surroundings = ສິ່ງອ້ອມຂ້າງ
desk-field-situation = ສະພາບ
desk-field-danger = ອັນຕະລາຍຕອນນີ້
desk-field-passport = ໜັງສືຜ່ານແດນ
desk-field-phone = ໂທລະສັບ
desk-field-restraint = ອອກໄປໄດ້ບໍ່
desk-field-violence = ຄວາມຮຸນແຮງ
desk-field-ransom = ເງິນທີ່ເຂົາເອົາ
desk-amount-usd = { $amount } ໂດລາສະຫະລັດ
desk-field-nationality = ສັນຊາດ
desk-field-minor = ອາຍຸຕ່ຳກວ່າ 18
desk-field-others = ຄົນອື່ນທີ່ຢູ່ນຳ
desk-field-indicators = ຕົວຊີ້ວັດແຮງງານບັງຄັບ
desk-field-contact = ການຕິດຕໍ່ທີ່ປອດໄພ
desk-field-consent = ການຍິນຍອມໃຫ້ສົ່ງຕໍ່
desk-field-notes = ໝາຍເຫດ
desk-field-other-answers = ຄຳຕອບອື່ນໆ
flag-minor = ອາຍຸຕ່ຳກວ່າ 18
flag-injured = ບາດເຈັບ
flag-needs-medical = ຕ້ອງການໝໍ
flag-in-danger-now = ຢູ່ໃນອັນຕະລາຍຕອນນີ້
flag-self-harm-risk = ສ່ຽງທຳຮ້າຍຕົວເອງ
flag-physically-restrained = ຖືກມັດ ຫຼື ລ່າມໂສ້
flag-locked-in = ຖືກຂັງ
flag-guarded = ມີຄົນເຝົ້າ
flag-passport-retained = ຖືກຍຶດໜັງສືຜ່ານແດນ
flag-electric-shocks = ຖືກຊັອດດ້ວຍໄຟຟ້າ
flag-beaten = ຖືກຕີ
flag-sexual-abuse = ຖືກລ່ວງລະເມີດທາງເພດ
flag-threatened = ຖືກຂູ່
flag-threat-of-sale = ຖືກຂູ່ວ່າຈະຂາຍຕໍ່
flag-ransom-demanded = ຖືກເອົາຄ່າໄຖ່ຕົວ
flag-debt-demanded = ຖືກທວງໜີ້
flag-food-sleep-withheld = ບໍ່ໃຫ້ກິນ ຫຼື ບໍ່ໃຫ້ນອນ
indicator-abuse-of-vulnerability = ການສວຍໃຊ້ຄວາມອ່ອນແອ
indicator-restriction-of-movement = ການຈຳກັດການເດີນທາງ
indicator-isolation = ການຕັດຂາດຈາກຄົນອື່ນ
indicator-physical-and-sexual-violence = ຄວາມຮຸນແຮງທາງຮ່າງກາຍ ແລະ ທາງເພດ
indicator-intimidation-and-threats = ການຂົ່ມຂູ່ ແລະ ນາບຂູ່
indicator-retention-of-identity-documents = ການຍຶດເອກະສານປະຈຳຕົວ
indicator-withholding-of-wages = ການບໍ່ຈ່າຍຄ່າແຮງງານ
indicator-debt-bondage = ການໃຊ້ໜີ້ສິນຜູກມັດ
indicator-abusive-working-and-living-conditions = ສະພາບການເຮັດວຽກ ແລະ ການເປັນຢູ່ທີ່ໂຫດຮ້າຍ
indicator-excessive-overtime = ການເຮັດວຽກລ່ວງເວລາເກີນຂອບເຂດ
desk-btn-claim = ✋ ຮັບກໍລະນີ
desk-btn-release = ↩️ ປ່ອຍກໍລະນີ
desk-btn-escalate = ⬆️ ຍົກລະດັບ
desk-btn-resolve = ✅ ປິດກໍລະນີ
desk-btn-back = ← ກັບຄືນ
desk-ans-claimed = ຮັບແລ້ວ ຕອນນີ້ເປັນກໍລະນີຂອງເຈົ້າ
desk-ans-released = ປ່ອຍແລ້ວ
desk-ans-escalated = ຍົກລະດັບແລ້ວ
desk-ans-resolved = ປິດແລ້ວ
desk-refused-not-allowed = ສະເພາະຜູ້ປະສານງານທີ່ຢູ່ໃນລາຍຊື່ອະນຸຍາດເທົ່ານັ້ນທີ່ເຮັດໄດ້
desk-refused-expired = ປຸ່ມນີ້ໝົດອາຍຸແລ້ວ ບັດຖືກໂຫຼດໃໝ່ແລ້ວ
desk-refused-stale = ບັດນີ້ບໍ່ແມ່ນຂໍ້ມູນລ່າສຸດ ໂຫຼດໃໝ່ແລ້ວ ກະລຸນາເບິ່ງອີກຄັ້ງ
desk-refused-illegal = ເຮັດແບບນັ້ນບໍ່ໄດ້ ໃນສະຖານະປັດຈຸບັນຂອງກໍລະນີ
desk-refused-not-owner = ສະເພາະຜູ້ປະສານງານທີ່ຮັບກໍລະນີນີ້ເທົ່ານັ້ນທີ່ເຮັດໄດ້
desk-refused-not-found = ກໍລະນີນີ້ບໍ່ມີແລ້ວ
desk-queue-title = ກໍລະນີທີ່ເປີດຢູ່ ({ $count }), ດ່ວນທີ່ສຸດກ່ອນ:
desk-queue-empty = ບໍ່ມີກໍລະນີທີ່ເປີດຢູ່
desk-list-more = … ຍັງມີກໍລະນີເປີດຢູ່ອີກ ຮັບ ຫຼື ປິດບາງກໍລະນີກ່ອນ ຈຶ່ງຈະເຫັນສ່ວນທີ່ເຫຼືອ
desk-mine-title = ກໍລະນີທີ່ເຈົ້າຮັບໄວ້ ({ $count }):
desk-mine-empty = ເຈົ້າຍັງບໍ່ໄດ້ຮັບກໍລະນີໃດເລີຍ
desk-case-usage = ວິທີໃຊ້: /case REF (ເຊັ່ນ /case ABCD-1234)
desk-case-unknown = ບໍ່ພົບກໍລະນີ { $ref }
desk-reply-usage = ວິທີໃຊ້: /reply REF ຂໍ້ຄວາມຂອງເຈົ້າ — ຫຼື ຕອບກັບ (reply) ບັດຂອງກໍລະນີ
desk-relay-delivered = ສົ່ງຮອດຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຂອງກໍລະນີ { $ref } ແລ້ວ
desk-relay-held = ພັກໄວ້ກ່ອນ: ຕອນນີ້ຢູ່ນອກເວລາທີ່ຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຕິດຕໍ່ໄດ້ຢ່າງປອດໄພ ຂໍ້ຄວາມຈະສົ່ງອອກເມື່ອຮອດເວລານັ້ນ
desk-relay-not-claimed = ຮັບກໍລະນີ { $ref } ກ່ອນ ແລ້ວຈຶ່ງຂຽນຫາຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອ
desk-relay-not-owner = ສະເພາະຜູ້ປະສານງານທີ່ຮັບກໍລະນີ { $ref } ເທົ່ານັ້ນທີ່ຂຽນຫາຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອໄດ້
desk-relay-text-only = ສົ່ງຕໍ່ໃຫ້ຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອໄດ້ແຕ່ຕົວອັກສອນ ກະລຸນາພິມເປັນຂໍ້ຄວາມ
desk-relay-blocked = ສົ່ງບໍ່ຮອດ: ຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຂອງກໍລະນີ { $ref } ໄດ້ບລັອກແຊັດນີ້ ຫຼື ລຶບບັນຊີຂອງເຂົາແລ້ວ
desk-held-delivered = ສົ່ງຂໍ້ຄວາມທີ່ພັກໄວ້ { $count } ຂໍ້ຄວາມ ຮອດຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຂອງກໍລະນີ { $ref } ແລ້ວ
desk-held-dropped-refused = ຂໍ້ຄວາມທີ່ພັກໄວ້ { $count } ຂໍ້ຄວາມ ສຳລັບຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຂອງກໍລະນີ { $ref } ຖືກຖິ້ມແລ້ວ: Telegram ປະຕິເສດ. ກະລຸນາຂຽນໃໝ່
desk-relay-partial = ຂໍ້ຄວາມຂອງທ່ານບໍ່ໄດ້ຮອດຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຂອງກໍລະນີ { $ref } ທັງໝົດ: ສົ່ງໄປ { $sent } ຈາກ { $total } ສ່ວນ ແລ້ວ Telegram ປະຕິເສດ. ກະລຸນາສົ່ງສ່ວນທີ່ເຫຼືອໃໝ່
desk-held-dropped-blocked = ຍົກເລີກຂໍ້ຄວາມທີ່ພັກໄວ້ { $count } ຂໍ້ຄວາມ ສຳລັບຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອຂອງກໍລະນີ { $ref } ແລ້ວ: ເຂົາໄດ້ບລັອກແຊັດນີ້ ຫຼື ລຶບບັນຊີຂອງເຂົາ
desk-from-person = { $ref } · ຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອ [{ $lang }]:
desk-still-unclaimed = ⏰ ຍັງບໍ່ມີຄົນຮັບ: { $ref } (ວິກິດ, ສົ່ງເຂົ້າມາ { $age })
desk-digest-title = 📋 ມີກໍລະນີໃໝ່ຫຼາຍອັນພ້ອມກັນ. ໜຶ່ງແຖວຕໍ່ກໍລະນີ ຈົນກວ່າບັດຂອງມັນຈະຕາມມາ; ກົດທີ່ກໍລະນີເພື່ອສົ່ງບັດຂອງມັນດຽວນີ້.
desk-digest-card-below = ບັດຢູ່ດ້ານລຸ່ມ
desk-digest-ans-posted = ສົ່ງບັດຂອງມັນໄວ້ດ້ານລຸ່ມແລ້ວ.
desk-digest-ans-below = ບັດຂອງມັນຢູ່ໃນແຊັດແລ້ວ.
desk-digest-ans-coming = ກຳລັງສົ່ງບັດຂອງມັນ.
desk-person-exited = ກໍລະນີ { $ref }: ຜູ້ຂໍຄວາມຊ່ວຍເຫຼືອໄດ້ໃຊ້ການອອກດ່ວນ ແລະ ແຊັດຖືກລຶບແລ້ວ ອາດມີຄົນກຳລັງເບິ່ງໂທລະສັບຂອງເຂົາ ຂໍ້ຄວາມເຖິງເຂົາຈະພັກໄວ້ຈົນກວ່າເຂົາຈະຂຽນມາອີກ
desk-relay-prefix = ຂໍ້ຄວາມຈາກທີມ:
desk-person-ack = ຂອບໃຈ, ໄດ້ຮັບທັງໝົດແລ້ວ.
desk-person-text-only = ກະລຸນາສົ່ງເປັນຂໍ້ຄວາມຕົວອັກສອນ

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = ການຫຼອກລວງ
desk-contact-waits = ການຕອບຖ້າຈົນກວ່າເຂົາຈະຂຽນ
desk-contact-open-now = ເປີດດຽວນີ້
desk-contact-opens-minutes = ເປີດໃນ { $n } ນາທີ
desk-contact-opens-hours = ເປີດໃນ { $n } ຊົ່ວໂມງ
desk-contact-their-time = { $hours } ເວລາຂອງເຂົາ ({ $zone })
desk-contact-your-time = { $hours } ເວລາຂອງທ່ານ ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, ຄືກັບທ່ານ)
desk-refused-taken = { $name } ຮັບກໍລະນີນີ້ແລ້ວ.
