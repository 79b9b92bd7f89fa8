# review: machine-drafted
# Thai — ภาษาไทย. Machine-drafted: a native Thai speaker must review this file before its first line is changed to "# review: reviewed".
# ฉบับร่างจากเครื่อง: ต้องให้เจ้าของภาษาไทยตรวจก่อน จึงจะเปลี่ยนบรรทัดแรกเป็น "# review: reviewed" ได้
# Writing rules: see the header of locales/en.ftl. Short sentences, everyday words;
# the FIRST line of every message must be harmless in a notification preview;
# buttons at most 40 characters; never promise a rescue or a time.
# Pronouns are left out of buttons on purpose (ผม/ฉัน would fix a gender).

## Language and quick exit (src/i18n, src/safety)

language-name = ภาษาไทย
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = ออก, หยุด

## Flow engine (src/flow/engine)

btn-done = เสร็จแล้ว
btn-change = แก้ไข
selected-mark = ✓
reask-use-buttons = กรุณากดปุ่มข้างบนหนึ่งปุ่ม
reask-too-long = ข้อความยาวไปนิด กรุณาเขียนไม่เกิน { $max } ตัวอักษร
reask-not-a-number = กรุณาเขียนเป็นตัวเลขอย่างเดียว เช่น 5000
reask-out-of-range = กรุณาเขียนตัวเลขตั้งแต่ { $min } ถึง { $max }
reask-unsupported = ขอโทษ เราอ่านข้อความแบบนี้ไม่ได้ กรุณากดปุ่ม หรือพิมพ์สั้น ๆ สักสองสามคำ
reask-stale-button = ปุ่มนี้เป็นของคำถามก่อนหน้า กรุณาตอบคำถามล่าสุด
reask-empty = ยังไม่มีคำตอบ กรุณาเลือกอย่างน้อยหนึ่งข้อ หรือพิมพ์สั้น ๆ สักสองสามคำ
summary-title = คำตอบของคุณ:
summary-unknown = ไม่แน่ใจ
summary-skipped = ไม่ได้ตอบ
summary-pick-change = อยากแก้คำตอบข้อไหน?

## Shared buttons and lines

opt-no = ไม่
opt-dont-know = ไม่รู้
opt-skip = ข้าม
opt-prefer-not = ไม่อยากบอก
opt-other-country = ประเทศอื่น
hint-choose-all = เลือกได้มากกว่าหนึ่งข้อ แล้วกด "เสร็จแล้ว"

## Person side (src/bot, src/flow/service.ts)

welcome =
    สวัสดี ที่นี่เป็นแชทส่วนตัว
    เราเป็นทีมเล็ก ๆ ที่ช่วยคนที่ลาออกจากงานไม่ได้ หรือถูกกักตัวไว้ไม่ให้ไปไหน เลือกภาษาได้ที่ข้างล่าง
    ถ้าอยากลบแชทนี้ ให้ส่งคำนี้คำเดียว: ออก
    ถ้าอยากลบข้อความที่เก่ากว่า 2 วัน ให้ลบแชทนี้เอง
language-pick = อยากใช้ภาษาไหน?
help-text =
    สวัสดี ส่งคำสั่งเหล่านี้ได้:
    /new — เริ่มตอบคำถามใหม่
    /ref — ดูหมายเลขอ้างอิงของคุณ (หนึ่งนาที)
    /language — เปลี่ยนภาษา
    /discreet — ลบคำถามแต่ละข้อหลังตอบเสร็จ (เปิดหรือปิด)
    /erase — ลบคำตอบของคุณและแชทนี้
    ออก — ลบแชทนี้ (2 วันล่าสุด)
erase-done = เรียบร้อย ลบคำตอบของคุณแล้ว ถ้าอยากลบข้อความที่เก่ากว่า 2 วัน ให้ลบแชทนี้เอง
discreet-on = ได้เลย หลังตอบแต่ละข้อ คำถามและคำตอบนั้นจะถูกลบ
discreet-off = ได้เลย ต่อจากนี้คำถามและคำตอบจะอยู่ในแชทนี้ ถ้าอยากให้ลบอีก ส่ง /discreet
error-try-again = ขอโทษ ระบบของเรามีปัญหา กรุณาส่งอีกครั้งในอีกสักครู่
error-delay = ขอโทษ ระบบของเราช้าไปเล็กน้อย ข้อความของคุณไม่หาย ไม่ต้องส่งอีกครั้ง
flow-restarted = ขอโทษ คำถามของเราเปลี่ยนไประหว่างที่คุณกำลังตอบ จึงต้องเริ่มใหม่จากคำถามแรก ยังไม่มีอะไรถูกส่งถึงทีมของเรา
flood-notice = ช้าลงหน่อยนะ รอสักสองสามวินาที แล้วค่อยส่งต่อ
case-open-info = ขอบคุณ ได้รับครบแล้ว คุณเขียนมาที่นี่ได้ทุกเมื่อ

## Triage flow (flows/triage.yaml)

q-safe-now = สวัสดี ตอนนี้ส่งข้อความสักสองสามข้อได้ไหม?
hint-safe-now = ตอบต่อเฉพาะตอนที่ไม่มีใครเห็นโทรศัพท์ของคุณ หยุดได้ทุกเมื่อ
opt-safe-now-yes = ได้ ตอนนี้เขียนได้
opt-safe-now-not-now = ตอนนี้ยังไม่ได้

end-later =
    ได้เลย ถ้าสะดวกเมื่อไหร่ ส่งข้อความอะไรก็ได้มาที่นี่ แล้วเราจะเริ่มใหม่
    ถ้าอยากลบแชทนี้ ให้ส่งคำนี้คำเดียว: ออก
    ถ้าอยากลบข้อความที่เก่ากว่า 2 วัน ให้ลบแชทนี้เอง

q-danger = ตอนนี้มีข้อไหนตรงกับคุณบ้าง?
opt-danger-hurt-now = กำลังถูกทำร้ายอยู่ตอนนี้
opt-danger-injured = ได้รับบาดเจ็บ
opt-danger-doctor = ต้องการหมอ
opt-danger-self-harm = คิดอยากทำร้ายตัวเอง
opt-danger-none = ไม่มีข้อไหนเลย

q-self-harm-note =
    ขอบคุณที่บอกเรา
    ความรู้สึกของคุณสำคัญ และคุณไม่ได้อยู่คนเดียว เจ้าหน้าที่ของเรา ซึ่งเป็นคนจริง ๆ จะอ่านคำตอบของคุณก่อนคนอื่น
    เขียนมาหาเราได้ทุกเมื่อ หลังตอบคำถามเหล่านี้เสร็จแล้วก็ได้

q-country = ตอนนี้คุณอยู่ประเทศอะไร?

q-province = จังหวัดหรือเมืองไหน?
hint-province = กดเลือกหนึ่งอัน ถ้าไม่มีในรายการ ให้พิมพ์ชื่อ

q-compound = รู้ชื่อตึกหรือชื่อสถานที่ที่คุณอยู่ไหม?
hint-compound = กดเลือกหนึ่งอัน หรือพิมพ์ชื่อที่เคยได้ยิน ชื่อบริษัทก็ช่วยได้

q-location = ส่งตำแหน่งของคุณได้ไหม?
hint-location =
    หมุดตำแหน่งจะบอกได้ชัดเจนว่าโทรศัพท์เครื่องนี้อยู่ตรงไหน
    ส่งเฉพาะตอนที่ไม่มีใครเห็นโทรศัพท์ของคุณ ถ้าไม่แน่ใจ ให้กด "ข้าม"

q-surroundings = รอบ ๆ ตัวคุณเห็นอะไรบ้าง?
hint-surroundings = เช่น ทะเล แม่น้ำ คาสิโน ป้าย ร้านค้า ตึกสูง คุณอยู่ชั้นไหน ชื่อที่เคยได้ยินก็ช่วยได้ หรือกด "ข้าม"

q-situation = ตอนนี้ข้อไหนตรงกับคุณ?
hint-more-details = ขอบคุณ รายละเอียดเพิ่มเติมมีประโยชน์ แต่คุณหยุดได้ทุกเมื่อ
opt-situation-inside = ยังอยู่ข้างในตึก
opt-situation-escaped = ออกมาได้แล้ว
opt-situation-moved = ถูกย้ายไปที่อื่น
opt-situation-other = อย่างอื่น

q-passport = พาสปอร์ตของคุณอยู่ที่ไหน?
opt-passport-with-me = อยู่กับตัว
opt-passport-taken = บริษัทหรือหัวหน้ายึดไป
opt-passport-lost = หาย

q-phone = โทรศัพท์เครื่องนี้เป็นของใคร?
opt-phone-own = เป็นของตัวเอง
opt-phone-company = บริษัทให้มา

q-restraint = ถ้าอยากไป ออกจากที่นั่นได้ไหม?
opt-restraint-free = ได้ ออกได้
opt-restraint-guarded = ไม่ได้ มีคนเฝ้า
opt-restraint-locked-in = ไม่ได้ ถูกขังไว้
opt-restraint-tied = ถูกมัดหรือล่ามโซ่

q-violence = ที่นั่น เคยเจอเรื่องเหล่านี้ไหม?
opt-violence-beaten = ถูกตีหรือเตะ
opt-violence-shocks = ถูกช็อตไฟฟ้า
opt-violence-threats = ถูกขู่ หรือขู่ครอบครัว
opt-violence-sold = ขู่ว่าจะขายต่อ
opt-violence-sexual = ถูกล่วงละเมิดหรือบังคับทางเพศ
opt-violence-food-sleep = ไม่ให้กินหรือไม่ให้นอน
opt-violence-long-hours = ถูกบังคับทำงานนานมาก
opt-violence-unpaid = ไม่ได้เงินเดือน
opt-violence-false-job = งานไม่ใช่อย่างที่สัญญาไว้
opt-violence-none = ไม่มีข้อไหนเลย

q-money = เขาให้จ่ายเงินก่อน ถึงจะยอมให้ออกไหม?
opt-money-ransom = ใช่ เรียกค่าไถ่ตัว
opt-money-debt = ใช่ บอกว่าติด "หนี้"

q-amount = เขาเรียกเงินเท่าไหร่ เป็นดอลลาร์สหรัฐ?
hint-amount = เขียนตัวเลขอย่างเดียว เช่น 8000 ประมาณเอาก็ได้

q-nationality = คุณมีสัญชาติอะไร?

q-minor = คุณอายุต่ำกว่า 18 ปีไหม?
opt-minor-yes = ใช่ อายุต่ำกว่า 18
opt-minor-no = ไม่ใช่ อายุ 18 ขึ้นไป

q-others = มีคนอื่นที่อยู่ในสภาพเดียวกันกับคุณกี่คน?
hint-others = ประมาณเอาก็ได้ ถ้าอยู่คนเดียว ให้เขียน 0

q-contact = เราเขียนหาคุณตอนไหนถึงจะปลอดภัย?
opt-contact-i-write-first = รอให้ทางนี้ทักไปก่อน
opt-contact-hours = เฉพาะบางเวลา
opt-contact-any-time = ได้ทุกเวลา

q-hours = ปกติช่วงเวลาไหนที่ปลอดภัย?
hint-hours = ใช้เวลาของที่ที่คุณอยู่ เลือกได้มากกว่าหนึ่งช่วง แล้วกด "เสร็จแล้ว"
opt-hours-early = เช้ามืด (5–8 น.)
opt-hours-morning = ช่วงเช้า (8–12 น.)
opt-hours-midday = ช่วงเที่ยง (12–14 น.)
opt-hours-evening = ช่วงหัวค่ำ (18–22 น.)
opt-hours-late-night = กลางดึก (22–3 น.)
opt-hours-daytime = กลางวัน (8–18)
opt-hours-night = กลางคืน (20–6)

q-consent = เราส่งคำตอบของคุณให้ใครได้บ้าง?
hint-consent = คนเหล่านี้ช่วยให้คุณออกมาและได้กลับบ้านได้ เราส่งให้เฉพาะเรื่องที่เขาจำเป็นต้องรู้ เปลี่ยนใจทีหลังได้
opt-consent-embassy-ngo = สถานทูตและองค์กรช่วยเหลือ
opt-consent-ngo-only = เฉพาะองค์กรช่วยเหลือ (NGO)
opt-consent-embassy-only = เฉพาะสถานทูต
opt-consent-hotline-only = ไม่ให้ใคร เฉพาะทีมนี้

q-notes = มีอะไรอยากบอกเราอีกไหม?

q-summary = กรุณาตรวจคำตอบของคุณ
opt-summary-send = ถูกต้อง ส่งเลย
opt-summary-change = แก้คำตอบ

end-sent = ขอบคุณ ได้รับครบแล้ว

## Case reference (sent by the bot after end-sent)

case-reference = หมายเลขอ้างอิงของคุณ: { $ref } ถ้าเขียนมาหาเราอีก บอกหมายเลขนี้ได้

## Short names of answers (summary, change buttons, cards)

field-safe-now = สะดวกคุยไหม
field-danger = อันตรายตอนนี้
field-country = ประเทศ
field-province = จังหวัดหรือเมือง
field-compound = ตึกหรือสถานที่
field-location = หมุดตำแหน่ง
field-surroundings = สิ่งที่เห็นรอบตัว
field-situation = ตอนนี้อยู่ที่ไหน
field-passport = พาสปอร์ต
field-phone = โทรศัพท์
field-restraint = ออกไปได้ไหม
field-violence = การทำร้ายและการขู่
field-ransom = เงินที่ถูกเรียก
field-ransom-amount = จำนวนเงิน
field-nationality = สัญชาติ
field-minor = อายุต่ำกว่า 18
field-others-count = คนอื่นที่อยู่ด้วย
field-contact-window = ติดต่อได้เมื่อไหร่
field-contact-hours = เวลาที่ปลอดภัย
field-consent = ส่งให้ใครได้
field-notes = เรื่องอื่น ๆ

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = วิกฤต
desk-tier-high = สูง
desk-tier-normal = ปกติ
desk-card-ref = เคส { $ref }
desk-card-possible-repeat = ⚠️ อาจซ้ำ: อาจมีการ์ดก่อนหน้าของเคสนี้อยู่ด้านบน ให้ใช้ใบล่าสุด
desk-card-language = ภาษา: { $lang }
desk-age-now = เมื่อสักครู่
desk-age-minutes = { $n } นาทีที่แล้ว
desk-age-hours = { $n } ชม. ที่แล้ว
desk-age-days = { $n } วันที่แล้ว
desk-status-open = เปิดอยู่ · ยังไม่มีใครรับเคส
desk-status-claimed = { $name } รับเคสแล้ว
desk-status-resolved = ปิดเคสแล้ว: { $outcome }
desk-status-withdrawn = ผู้ขอความช่วยเหลือถอนเคสแล้ว
desk-card-withdrawn = ผู้ขอความช่วยเหลือถอนเคส { $ref } แล้ว คำตอบของเขาถูกลบแล้ว
desk-escalated = ยกระดับ: { $reason }
desk-outcome-rescued = ช่วยออกมาได้แล้ว
desk-outcome-referred-embassy = ส่งต่อสถานทูต
desk-outcome-referred-ngo = ส่งต่อ NGO
desk-outcome-referred-police = ส่งต่อตำรวจ
desk-outcome-unreachable = ติดต่อไม่ได้
desk-outcome-duplicate = เคสซ้ำ
desk-outcome-withdrawn = ผู้ขอความช่วยเหลือถอนเคส
desk-escalate-worse-now = สถานการณ์แย่ลง
desk-escalate-minor-confirmed = ยืนยันว่าเป็นผู้เยาว์
desk-escalate-medical = ต้องรักษาพยาบาล
desk-escalate-moved-sold = ถูกย้ายหรือถูกขาย
desk-escalate-other = เหตุผลอื่น
desk-unknown = ไม่ทราบ
desk-none = ไม่มี
desk-field-where = ที่ไหน
desk-field-pin = หมุด
desk-osm-link = แผนที่
desk-nearest = สถานที่ที่รู้จักใกล้ที่สุด: { $name } ({ $km } กม.)
desk-compound-reports = รายงานที่ { $n } จากสถานที่นี้ใน { $days } วัน
desk-dashboard-link = ลิงก์เข้าสู่แดชบอร์ด: ใช้ได้ครั้งเดียว { $minutes } นาที อย่าส่งต่อ
desk-dashboard-sent = ส่งลิงก์เข้าสู่ระบบให้คุณทางแชทส่วนตัวแล้ว
desk-dashboard-no-private = เปิดแชทส่วนตัวกับบอทก่อน แล้วส่ง /dashboard อีกครั้ง
desk-field-surroundings = สิ่งรอบตัว
desk-field-situation = สถานการณ์
desk-field-danger = อันตรายตอนนี้
desk-field-passport = พาสปอร์ต
desk-field-phone = โทรศัพท์
desk-field-restraint = ออกไปได้ไหม
desk-field-violence = ความรุนแรง
desk-field-ransom = เงินที่ถูกเรียก
desk-amount-usd = { $amount } ดอลลาร์สหรัฐ
desk-field-nationality = สัญชาติ
desk-field-minor = อายุต่ำกว่า 18
desk-field-others = คนอื่นที่อยู่ด้วย
desk-field-indicators = ตัวชี้วัดแรงงานบังคับ
desk-field-contact = การติดต่อที่ปลอดภัย
desk-field-consent = ความยินยอมให้ส่งต่อ
desk-field-notes = หมายเหตุ
desk-field-other-answers = คำตอบอื่น ๆ
flag-minor = ผู้เยาว์
flag-injured = บาดเจ็บ
flag-needs-medical = ต้องการหมอ
flag-in-danger-now = อยู่ในอันตรายตอนนี้
flag-self-harm-risk = เสี่ยงทำร้ายตัวเอง
flag-physically-restrained = ถูกมัดหรือล่ามโซ่
flag-locked-in = ถูกขัง
flag-guarded = มีคนเฝ้า
flag-passport-retained = ถูกยึดพาสปอร์ต
flag-electric-shocks = ถูกช็อตไฟฟ้า
flag-beaten = ถูกทุบตี
flag-sexual-abuse = ถูกล่วงละเมิดทางเพศ
flag-threatened = ถูกขู่
flag-threat-of-sale = ถูกขู่ว่าจะขายต่อ
flag-ransom-demanded = ถูกเรียกค่าไถ่
flag-debt-demanded = ถูกทวงหนี้
flag-food-sleep-withheld = ไม่ให้กินหรือไม่ให้นอน
indicator-abuse-of-vulnerability = การฉวยประโยชน์จากความเปราะบาง
indicator-restriction-of-movement = การจำกัดเสรีภาพในการเดินทาง
indicator-isolation = การแยกตัวให้โดดเดี่ยว
indicator-physical-and-sexual-violence = ความรุนแรงทางร่างกายและทางเพศ
indicator-intimidation-and-threats = การข่มขู่คุกคาม
indicator-retention-of-identity-documents = การยึดเอกสารประจำตัว
indicator-withholding-of-wages = การไม่จ่ายค่าจ้าง
indicator-debt-bondage = การใช้หนี้เป็นพันธนาการ
indicator-abusive-working-and-living-conditions = สภาพการทำงานและความเป็นอยู่ที่เลวร้าย
indicator-excessive-overtime = การทำงานล่วงเวลาเกินควร
desk-btn-claim = ✋ รับเคส
desk-btn-release = ↩️ ปล่อยเคส
desk-btn-escalate = ⬆️ ยกระดับ
desk-btn-resolve = ✅ ปิดเคส
desk-btn-back = ← กลับ
desk-ans-claimed = รับเคสแล้ว ตอนนี้เป็นเคสของคุณ
desk-ans-released = ปล่อยเคสแล้ว
desk-ans-escalated = ยกระดับแล้ว
desk-ans-resolved = ปิดเคสแล้ว
desk-refused-not-allowed = เฉพาะผู้ประสานงานที่อยู่ในรายชื่อที่อนุญาตเท่านั้นที่ทำได้
desk-refused-expired = ปุ่มนี้หมดอายุแล้ว การ์ดถูกรีเฟรชแล้ว
desk-refused-stale = การ์ดนี้ไม่ใช่ข้อมูลล่าสุด รีเฟรชแล้ว กรุณาดูอีกครั้ง
desk-refused-illegal = ทำแบบนั้นไม่ได้ในสถานะปัจจุบันของเคส
desk-refused-not-owner = เฉพาะผู้ประสานงานที่รับเคสนี้เท่านั้นที่ทำได้
desk-refused-not-found = ไม่มีเคสนี้แล้ว
desk-queue-title = เคสที่เปิดอยู่ ({ $count }) เรียงจากด่วนที่สุด:
desk-queue-empty = ไม่มีเคสที่เปิดอยู่
desk-list-more = … ยังมีเคสเปิดอยู่อีก รับหรือปิดบางเคสก่อนจึงจะเห็นเคสที่เหลือ
desk-mine-title = เคสที่คุณรับไว้ ({ $count }):
desk-mine-empty = คุณยังไม่ได้รับเคสใดเลย
desk-case-usage = วิธีใช้: /case REF (ตัวอย่าง /case ABCD-1234)
desk-case-unknown = ไม่พบเคส { $ref }
desk-reply-usage = วิธีใช้: /reply REF ข้อความของคุณ — หรือกดตอบกลับ (reply) ที่การ์ดของเคส
desk-relay-delivered = ส่งถึงผู้ขอความช่วยเหลือของเคส { $ref } แล้ว
desk-relay-held = พักไว้ก่อน: ตอนนี้อยู่นอกช่วงเวลาที่ผู้ขอความช่วยเหลือติดต่อได้อย่างปลอดภัย ข้อความจะส่งออกเมื่อถึงช่วงเวลานั้น
desk-relay-not-claimed = รับเคส { $ref } ก่อน แล้วจึงเขียนถึงผู้ขอความช่วยเหลือ
desk-relay-not-owner = เฉพาะผู้ประสานงานที่รับเคส { $ref } เท่านั้นที่เขียนถึงผู้ขอความช่วยเหลือได้
desk-relay-text-only = ส่งต่อให้ผู้ขอความช่วยเหลือได้เฉพาะตัวอักษร กรุณาพิมพ์เป็นข้อความ
desk-relay-blocked = ส่งไม่ถึง: ผู้ขอความช่วยเหลือของเคส { $ref } บล็อกแชทนี้หรือลบบัญชีของเขาแล้ว
desk-held-delivered = ส่งข้อความที่พักไว้ { $count } ข้อความ ถึงผู้ขอความช่วยเหลือของเคส { $ref } แล้ว
desk-held-dropped-refused = ข้อความที่พักไว้ { $count } ข้อความสำหรับผู้ขอความช่วยเหลือของเคส { $ref } ถูกทิ้งแล้ว: Telegram ปฏิเสธ กรุณาเขียนใหม่อีกครั้ง
desk-relay-partial = ข้อความของคุณไปไม่ถึงผู้ขอความช่วยเหลือของเคส { $ref } ทั้งหมด: ส่งไป { $sent } จาก { $total } ส่วน แล้ว Telegram ปฏิเสธ กรุณาส่งส่วนที่เหลืออีกครั้ง
desk-held-dropped-blocked = ยกเลิกข้อความที่พักไว้ { $count } ข้อความถึงผู้ขอความช่วยเหลือของเคส { $ref } แล้ว: เขาบล็อกแชทนี้หรือลบบัญชีของเขาแล้ว
desk-from-person = { $ref } · ผู้ขอความช่วยเหลือ [{ $lang }]:
desk-still-unclaimed = ⏰ ยังไม่มีใครรับ: { $ref } (วิกฤต, ส่งเข้ามา { $age })
desk-digest-title = 📋 มีเคสใหม่เข้ามาพร้อมกันหลายเคส แสดงเคสละหนึ่งบรรทัดจนกว่าการ์ดของเคสจะตามมา กดที่เคสเพื่อส่งการ์ดของเคสนั้นทันที
desk-digest-card-below = การ์ดอยู่ด้านล่าง
desk-digest-ans-posted = ส่งการ์ดของเคสไว้ด้านล่างแล้ว
desk-digest-ans-below = การ์ดของเคสอยู่ในแชตแล้ว
desk-digest-ans-coming = กำลังส่งการ์ดของเคส
desk-person-exited = เคส { $ref }: ผู้ขอความช่วยเหลือใช้การออกด่วนและแชทถูกล้างแล้ว อาจมีคนกำลังดูโทรศัพท์ของเขา ข้อความถึงเขาจะถูกพักไว้จนกว่าเขาจะเขียนมาอีกครั้ง
desk-relay-prefix = ข้อความจากทีม:
desk-person-ack = ขอบคุณ ได้รับครบแล้ว
desk-person-text-only = กรุณาส่งเป็นข้อความตัวอักษร

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = การหลอกลวง
desk-contact-waits = การตอบกลับรอจนกว่าเขาจะเขียนมา
desk-contact-open-now = ติดต่อได้ตอนนี้
desk-contact-opens-minutes = ติดต่อได้ในอีก { $n } นาที
desk-contact-opens-hours = ติดต่อได้ในอีก { $n } ชม.
desk-contact-their-time = { $hours } เวลาของเขา ({ $zone })
desk-contact-your-time = { $hours } เวลาของคุณ ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, เดียวกับคุณ)
desk-refused-taken = { $name } รับเคสนี้ไปแล้ว
