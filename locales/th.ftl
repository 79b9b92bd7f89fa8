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
summary-pick-change = อยากแก้คำตอบข้อไหน?

## Shared buttons and lines

opt-no = ไม่
opt-dont-know = ไม่รู้
opt-skip = ข้าม
opt-prefer-not = ไม่อยากบอก
opt-other-country = ประเทศอื่น
opt-continue = ต่อไป
hint-choose-all = เลือกได้มากกว่าหนึ่งข้อ แล้วกด "เสร็จแล้ว"

## Person side (src/bot, src/flow/service.ts)

welcome =
    สวัสดี ที่นี่เป็นแชทส่วนตัว
    เราเป็นทีมเล็ก ๆ ที่ช่วยคนที่ลาออกจากงานไม่ได้ หรือถูกกักตัวไว้ไม่ให้ไปไหน เลือกภาษาได้ที่ข้างล่าง
    ถ้าอยากลบแชทนี้เมื่อไหร่ก็ได้ ให้ส่งคำนี้คำเดียว: ออก
language-pick = อยากใช้ภาษาไหน?
help-text =
    สวัสดี ส่งคำสั่งเหล่านี้ได้:
    /new — เริ่มตอบคำถามใหม่
    /language — เปลี่ยนภาษา
    /discreet — ลบคำถามแต่ละข้อหลังตอบเสร็จ (เปิดหรือปิด)
    /erase — ลบคำตอบของคุณและแชทนี้
    ออก — ลบแชทนี้ทันที
erase-done = เรียบร้อย ลบทุกอย่างแล้ว
discreet-on = ได้เลย หลังตอบแต่ละข้อ คำถามและคำตอบนั้นจะถูกลบ
discreet-off = ได้เลย ต่อจากนี้คำถามและคำตอบจะอยู่ในแชทนี้ ถ้าอยากให้ลบอีก ส่ง /discreet
error-try-again = ขอโทษ ระบบของเรามีปัญหา กรุณาส่งอีกครั้งในอีกสักครู่
flood-notice = ช้าลงหน่อยนะ รอสักสองสามวินาที แล้วค่อยส่งต่อ
case-open-info = เราได้รับคำตอบของคุณแล้ว (หมายเลขอ้างอิง { $ref }) ตอนนี้ถ้าเขียนอะไรมาที่นี่ จะส่งถึงทีมของเรา และจะมีคนตอบกลับที่นี่

## Triage flow (flows/triage.yaml)

q-safe-now = สวัสดี ตอนนี้ส่งข้อความสักสองสามข้อได้ไหม?
hint-safe-now = ตอบต่อเฉพาะตอนที่ไม่มีใครเห็นโทรศัพท์ของคุณ หยุดได้ทุกเมื่อ
opt-safe-now-yes = ได้ ตอนนี้เขียนได้
opt-safe-now-not-now = ตอนนี้ยังไม่ได้

end-later =
    ได้เลย ถ้าสะดวกเมื่อไหร่ ส่งข้อความอะไรก็ได้มาที่นี่ แล้วเราจะเริ่มใหม่
    ถ้าอยากลบแชทนี้เมื่อไหร่ก็ได้ ให้ส่งคำนี้คำเดียว: ออก

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
opt-hours-evening = ช่วงเย็น-หัวค่ำ (18–22 น.)
opt-hours-late-night = กลางดึก (22–3 น.)

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

end-sent =
    ขอบคุณ คำตอบของคุณส่งถึงทีมของเราแล้ว
    จะมีคนอ่าน แล้วเขียนตอบคุณที่นี่ ตามวิธีที่คุณเลือกไว้เท่านั้น เราบอกไม่ได้ว่าความช่วยเหลือจะมาเร็วแค่ไหน แต่เราจะไม่ลืมคุณ
    ถ้าอยากลบแชทนี้เมื่อไหร่ก็ได้ ให้ส่งคำนี้คำเดียว: ออก

## Case reference (sent by the bot after end-sent)

case-reference = หมายเลขอ้างอิงของคุณ: { $ref } ถ้าเขียนมาหาเราอีก บอกหมายเลขนี้ได้
