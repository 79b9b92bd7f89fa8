# review: machine-drafted
# Burmese (Myanmar) — မြန်မာဘာသာ. Machine-drafted: a native Burmese speaker must review this file before its first line is changed to "# review: reviewed".
# စက်ဖြင့် ဘာသာပြန်ထားသော မူကြမ်း ဖြစ်သည်။ မြန်မာစကား မိခင်ဘာသာ ပြောသူ စစ်ပြီးမှ ပထမစာကြောင်းကို "# review: reviewed" ဟု ပြောင်းပါ။
# Writing rules: see the header of locales/en.ftl. Short sentences, everyday words;
# the FIRST line of every message must be harmless in a notification preview;
# buttons at most 40 characters; never promise a rescue or a time.
# Unicode Burmese (not Zawgyi). Buttons leave out ကျွန်တော်/ကျွန်မ (they mark
# gender); "we" is ကျွန်ုပ်တို့ and "you" is သင်.

## Language and quick exit (src/i18n, src/safety)

language-name = မြန်မာဘာသာ
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = ထွက်, ရပ်

## Flow engine (src/flow/engine)

btn-done = ပြီးပြီ
btn-change = ပြင်မယ်
selected-mark = ✓
reask-use-buttons = အပေါ်က ခလုတ်တစ်ခုကို နှိပ်ပေးပါ။
reask-too-long = စာ နည်းနည်း ရှည်နေတယ်။ စာလုံး { $max } လုံးအောက် ရေးပေးပါ။
reask-not-a-number = ဂဏန်းပဲ ရေးပေးပါ။ ဥပမာ 5000။
reask-out-of-range = { $min } ကနေ { $max } အထိ ဂဏန်းတစ်ခု ရေးပေးပါ။
reask-unsupported = တောင်းပန်ပါတယ်၊ ဒီလို မက်ဆေ့ချ်မျိုးကို ဖတ်လို့ မရပါဘူး။ ခလုတ်ကို နှိပ်ပါ၊ ဒါမှမဟုတ် စကားလုံး နည်းနည်း ရေးပါ။
reask-stale-button = ဒီခလုတ်က အရင်မေးခွန်းအတွက်ပါ။ နောက်ဆုံးမေးခွန်းကို ဖြေပေးပါ။
reask-empty = အဖြေ မရသေးပါဘူး။ အနည်းဆုံး တစ်ခု ရွေးပါ၊ ဒါမှမဟုတ် စကားလုံး နည်းနည်း ရေးပါ။
summary-title = သင့်အဖြေများ:
summary-unknown = မသေချာဘူး
summary-skipped = မဖြေထားပါ
summary-pick-change = ဘယ်အဖြေကို ပြင်ချင်လဲ။

## Shared buttons and lines

opt-no = မဟုတ်ဘူး
opt-dont-know = မသိဘူး
opt-skip = ကျော်မယ်
opt-prefer-not = မပြောချင်ဘူး
opt-other-country = တခြားနိုင်ငံ
hint-choose-all = တစ်ခုထက်ပို ရွေးလို့ရတယ်။ ပြီးရင် "ပြီးပြီ" ကို နှိပ်ပါ။

## Person side (src/bot, src/flow/service.ts)

welcome =
    မင်္ဂလာပါ။ ဒါက သီးသန့် ချတ်ပါ။
    ကျွန်ုပ်တို့က အလုပ်ကနေ ထွက်လို့မရတဲ့သူ၊ ဒါမှမဟုတ် ပိတ်ထားတဲ့နေရာကနေ ထွက်လို့မရတဲ့သူတွေကို ကူညီပေးတဲ့ အဖွဲ့လေး တစ်ဖွဲ့ပါ။ အောက်မှာ ဘာသာစကား ရွေးလို့ရပါတယ်။
    ဒီချတ်ကို ဖျက်ချင်ရင် ဒီစကားလုံး တစ်လုံးတည်း ပို့ပါ: ထွက်
    2 ရက်ထက် ဟောင်းတဲ့ မက်ဆေ့ချ်တွေကို ဖျက်ချင်ရင် ဒီချတ်ကို ကိုယ်တိုင် ဖျက်ပါ။
language-pick = ဘယ်ဘာသာစကားကို သုံးချင်လဲ။
help-text =
    မင်္ဂလာပါ။ ဒါတွေကို ပို့လို့ရပါတယ်:
    /new — မေးခွန်းတွေကို အစက ပြန်စမယ်
    /ref — သင့်ရည်ညွှန်းနံပါတ်ကို တစ်မိနစ်ကြာ ပြပါမယ်
    /language — ဘာသာစကား ပြောင်းမယ်
    /discreet — ဖြေပြီးတိုင်း မေးခွန်းကို ဖျက်မယ် (ဖွင့် / ပိတ်)
    /erase — သင့်အဖြေတွေနဲ့ ဒီချတ်ကို ဖျက်မယ်
    ထွက် — ဒီချတ်ကို ဖျက်မယ် (နောက်ဆုံး 2 ရက်)
erase-done = ပြီးပါပြီ။ သင့်အဖြေတွေ ဖျက်ပြီးပါပြီ။ 2 ရက်ထက် ဟောင်းတဲ့ မက်ဆေ့ချ်တွေကို ဖျက်ချင်ရင် ဒီချတ်ကို ကိုယ်တိုင် ဖျက်ပါ။
discreet-on = ကောင်းပါပြီ။ ဖြေပြီးတိုင်း မေးခွန်းနဲ့ သင့်အဖြေကို ဖျက်ပါမယ်။
discreet-off = ကောင်းပါပြီ။ အခုကစပြီး မေးခွန်းနဲ့ အဖြေတွေ ဒီချတ်ထဲမှာ ကျန်နေပါမယ်။ ပြန်ဖျက်ချင်ရင် /discreet ကို ပို့ပါ။
error-try-again = တောင်းပန်ပါတယ်၊ ကျွန်ုပ်တို့ဘက်မှာ အမှားတစ်ခု ဖြစ်သွားပါတယ်။ ခဏနေရင် ပြန်ပို့ပေးပါ။
error-delay = တောင်းပန်ပါတယ်၊ ကျွန်ုပ်တို့ဘက်မှာ ခဏ နှောင့်နှေးနေပါတယ်။ သင့်မက်ဆေ့ချ် မပျောက်ပါဘူး၊ ပြန်ပို့စရာ မလိုပါဘူး။
flow-restarted = တောင်းပန်ပါတယ်၊ သင်ဖြေနေစဉ် ကျွန်ုပ်တို့၏ မေးခွန်းများ ပြောင်းသွားသဖြင့် ပထမမေးခွန်းမှ ပြန်စရပါမည်။ ကျွန်ုပ်တို့အဖွဲ့ထံ ဘာမှ မပို့ရသေးပါ။
flood-notice = နည်းနည်း ဖြည်းဖြည်း ပို့ပါ။ စက္ကန့် အနည်းငယ် စောင့်ပြီးမှ ဆက်ပါ။
case-open-info = ကျေးဇူးတင်ပါတယ်။ အားလုံး လက်ခံရရှိပါပြီ။ ဒီမှာ အချိန်မရွေး ရေးနိုင်ပါတယ်။

## Triage flow (flows/triage.yaml)

q-safe-now = မင်္ဂလာပါ။ အခု မက်ဆေ့ချ် နည်းနည်း ရေးလို့ အဆင်ပြေလား။
hint-safe-now = ဘယ်သူမှ သင့်ဖုန်းကို မမြင်နိုင်မှသာ ဆက်ပါ။ ဘယ်အချိန်မဆို ရပ်လို့ရပါတယ်။
opt-safe-now-yes = ရတယ်၊ အခု ရေးလို့ရတယ်
opt-safe-now-not-now = အခု မရသေးဘူး

end-later =
    ကောင်းပါပြီ။ အဆင်ပြေတဲ့အချိန်ကျရင် ဒီမှာ ဘာမက်ဆေ့ချ်ပဲဖြစ်ဖြစ် ပို့ပါ၊ ပြန်စပါမယ်။
    ဒီချတ်ကို ဖျက်ချင်ရင် ဒီစကားလုံး တစ်လုံးတည်း ပို့ပါ: ထွက်
    2 ရက်ထက် ဟောင်းတဲ့ မက်ဆေ့ချ်တွေကို ဖျက်ချင်ရင် ဒီချတ်ကို ကိုယ်တိုင် ဖျက်ပါ။

q-danger = အခု ဒီထဲက တစ်ခုခု ဖြစ်နေလား။
opt-danger-hurt-now = အခု နှိပ်စက်ခံနေရတယ်
opt-danger-injured = ဒဏ်ရာ ရထားတယ်
opt-danger-doctor = ဆရာဝန် လိုတယ်
opt-danger-self-harm = ကိုယ့်ကိုယ်ကို ထိခိုက်ချင်စိတ် ရှိတယ်
opt-danger-none = ဒီထဲက ဘာမှ မဟုတ်ဘူး

q-self-harm-note =
    ပြောပြတဲ့အတွက် ကျေးဇူးတင်ပါတယ်။
    သင့်ခံစားချက်က အရေးကြီးပါတယ်၊ သင် တစ်ယောက်တည်း မဟုတ်ပါဘူး။ ကျွန်ုပ်တို့အဖွဲ့က လူအစစ်တစ်ယောက်က သင့်အဖြေတွေကို အရင်ဆုံး ဖတ်ပါမယ်။
    ဒီမေးခွန်းတွေ ပြီးသွားရင်လည်း ဘယ်အချိန်မဆို ကျွန်ုပ်တို့ဆီ ရေးလို့ရပါတယ်။

q-country = အခု ဘယ်နိုင်ငံမှာ ရှိနေလဲ။

q-province = ဘယ်ပြည်နယ်၊ တိုင်း ဒါမှမဟုတ် မြို့လဲ။
hint-province = တစ်ခု နှိပ်ပါ။ စာရင်းထဲမှာ မပါရင် နာမည်ကို ရေးပါ။

q-compound = အဆောက်အအုံ ဒါမှမဟုတ် ဝင်းရဲ့ နာမည်ကို သိလား။
hint-compound = တစ်ခု နှိပ်ပါ၊ ဒါမှမဟုတ် ကြားဖူးတဲ့ နာမည်ကို ရေးပါ။ ကုမ္ပဏီ နာမည်လည်း အထောက်အကူ ဖြစ်ပါတယ်။

q-location = သင့်တည်နေရာကို ပို့နိုင်မလား။
hint-location =
    တည်နေရာ ပို့လိုက်ရင် ဒီဖုန်း ဘယ်မှာ ရှိလဲဆိုတာ အတိအကျ ပြပါတယ်။
    ဘယ်သူမှ သင့်ဖုန်းကို မမြင်နိုင်မှသာ ပို့ပါ။ မသေချာရင် "ကျော်မယ်" ကို နှိပ်ပါ။

q-surroundings = သင့်ပတ်ဝန်းကျင်မှာ ဘာတွေ မြင်ရလဲ။
hint-surroundings = ဥပမာ - ပင်လယ်၊ မြစ်၊ ကာစီနို၊ ဆိုင်းဘုတ်၊ ဆိုင်၊ အဆောက်အအုံ အမြင့်ကြီးတွေ၊ ဘယ်နှထပ်မှာ ရှိလဲ။ ကြားဖူးတဲ့ နာမည်တွေလည်း အထောက်အကူ ဖြစ်ပါတယ်။ ဒါမှမဟုတ် "ကျော်မယ်" ကို နှိပ်ပါ။

q-situation = အခု ဘယ်ဟာက မှန်လဲ။
hint-more-details = ကျေးဇူးတင်ပါတယ်။ အသေးစိတ် ထပ်ပြောပြရင် အသုံးဝင်ပါတယ်၊ ဒါပေမယ့် ဘယ်အချိန်မဆို ရပ်နိုင်ပါတယ်။
opt-situation-inside = ဝင်းထဲမှာ ရှိနေတုန်းပဲ
opt-situation-escaped = ထွက်လာနိုင်ပြီ
opt-situation-moved = တခြားနေရာကို ရွှေ့ခံရတယ်
opt-situation-other = တခြားတစ်ခု

q-passport = သင့် ပတ်စ်ပို့ (နိုင်ငံကူးလက်မှတ်) ဘယ်မှာလဲ။
opt-passport-with-me = ကိုယ့်ဆီမှာ ရှိတယ်
opt-passport-taken = ကုမ္ပဏီ/သူဌေးက ယူထားတယ်
opt-passport-lost = ပျောက်သွားပြီ

q-phone = ဒီဖုန်းက ဘယ်သူ့ဖုန်းလဲ။
opt-phone-own = ကိုယ်ပိုင်ဖုန်း
opt-phone-company = ကုမ္ပဏီက ပေးထားတာ

q-restraint = ထွက်ချင်ရင် အဲဒီနေရာကနေ ထွက်လို့ရလား။
opt-restraint-free = ရတယ်၊ ထွက်လို့ရတယ်
opt-restraint-guarded = မရဘူး၊ စောင့်ကြပ်တဲ့သူ ရှိတယ်
opt-restraint-locked-in = မရဘူး၊ သော့ခတ် ပိတ်ထားတယ်
opt-restraint-tied = ကြိုး/သံကြိုးနဲ့ ချည်ထားတယ်

q-violence = အဲဒီမှာ ဒီထဲက တစ်ခုခု ကြုံခဲ့ရလား။
opt-violence-beaten = ရိုက်တာ ဒါမှမဟုတ် ကန်တာ
opt-violence-shocks = လျှပ်စစ်နဲ့ ရှော့တိုက်တာ
opt-violence-threats = ကိုယ့်ကို၊ မိသားစုကို ခြိမ်းခြောက်တာ
opt-violence-sold = ရောင်းပစ်မယ်လို့ ပြောတာ
opt-violence-sexual = လိင်ပိုင်း စော်ကားတာ၊ အဓမ္မပြုကျင့်တာ
opt-violence-food-sleep = စားခွင့်၊ အိပ်ခွင့် မပေးတာ
opt-violence-long-hours = နာရီအများကြီး အတင်း အလုပ်ခိုင်းတာ
opt-violence-unpaid = လစာ မပေးတာ
opt-violence-false-job = ကတိပေးထားသလို အလုပ်မဟုတ်ပါ
opt-violence-none = ဒီထဲက ဘာမှ မဟုတ်ဘူး

q-money = မထွက်ခင် ပိုက်ဆံ ပေးခိုင်းလား။
opt-money-ransom = ဟုတ်တယ်၊ ရွေးငွေ တောင်းတယ်
opt-money-debt = ဟုတ်တယ်၊ "အကြွေး" ဆပ်ခိုင်းတယ်

q-amount = အမေရိကန် ဒေါ်လာ ဘယ်လောက် တောင်းလဲ။
hint-amount = ဂဏန်းပဲ ရေးပါ၊ ဥပမာ 8000။ ခန့်မှန်းခြေ ဆိုလည်း ရပါတယ်။

q-nationality = ဘယ်နိုင်ငံသားလဲ။

q-minor = အသက် 18 နှစ်အောက်လား။
opt-minor-yes = ဟုတ်တယ်၊ 18 နှစ်အောက်
opt-minor-no = မဟုတ်ဘူး၊ 18 နှစ်နဲ့ အထက်

q-others = သင့်လိုပဲ ဒီအခြေအနေမှာ ရှိနေတဲ့ တခြားလူ ဘယ်နှယောက် ရှိလဲ။
hint-others = ခန့်မှန်းခြေ ဆိုလည်း ရပါတယ်။ တစ်ယောက်တည်းဆိုရင် 0 လို့ ရေးပါ။

q-contact = ဘယ်အချိန် သင့်ဆီ စာပို့ရင် လုံခြုံမလဲ။
opt-contact-i-write-first = ကိုယ်က အရင်ရေးမှသာ
opt-contact-hours = သတ်မှတ်ထားတဲ့ အချိန်မှာပဲ
opt-contact-any-time = ဘယ်အချိန်မဆို

q-hours = ပုံမှန်အားဖြင့် ဘယ်အချိန်တွေ လုံခြုံလဲ။
hint-hours = သင်ရှိတဲ့နေရာရဲ့ အချိန်နဲ့ပါ။ တစ်ခုထက်ပို ရွေးလို့ရတယ်။ ပြီးရင် "ပြီးပြီ" ကို နှိပ်ပါ။
opt-hours-early = မနက်စောစော (5–8)
opt-hours-morning = မနက် (8–12)
opt-hours-midday = နေ့လယ် (12–14)
opt-hours-evening = ညနေ (18–22)
opt-hours-late-night = ညနက် (22–3)
opt-hours-daytime = နေ့ခင်း (8–18)
opt-hours-night = ညဘက် (20–6)

q-consent = သင့်အဖြေတွေကို ဘယ်သူတွေကို ပြလို့ရလဲ။
hint-consent = ဒီသူတွေက သင် ထွက်ပြီး အိမ်ပြန်နိုင်အောင် ကူညီပေးနိုင်တဲ့သူတွေပါ။ သူတို့ လိုအပ်တာကိုပဲ ပေးပါမယ်။ နောက်မှ စိတ်ပြောင်းလို့ရပါတယ်။
opt-consent-embassy-ngo = သံရုံးနဲ့ ကူညီရေးအဖွဲ့
opt-consent-ngo-only = ကူညီရေးအဖွဲ့ (NGO) ပဲ
opt-consent-embassy-only = သံရုံးပဲ
opt-consent-hotline-only = ဘယ်သူ့ကိုမှ မပြနဲ့၊ ဒီအဖွဲ့ပဲ

q-notes = ကျွန်ုပ်တို့ကို ပြောပြချင်တာ တခြား ဘာရှိသေးလဲ။

q-summary = သင့်အဖြေတွေကို စစ်ကြည့်ပေးပါ။
opt-summary-send = ဟုတ်ပြီ၊ ပို့မယ်
opt-summary-change = အဖြေ ပြင်မယ်

end-sent = ကျေးဇူးတင်ပါတယ်။ အားလုံး လက်ခံရရှိပါပြီ။

## Case reference (sent by the bot after end-sent)

case-reference = သင့်ရည်ညွှန်းနံပါတ်: { $ref }။ နောက်တစ်ခါ ကျွန်ုပ်တို့ဆီ ရေးရင် ဒီနံပါတ်ကို ပြောပြလို့ရပါတယ်။

## Short names of answers (summary, change buttons, cards)

field-safe-now = စကားပြောလို့ရလား
field-danger = အခု အန္တရာယ်
field-country = နိုင်ငံ
field-province = ပြည်နယ်/တိုင်း၊ မြို့
field-compound = ဝင်း / အဆောက်အအုံ
field-location = တည်နေရာ
field-surroundings = ပတ်ဝန်းကျင်
field-situation = အခု ဘယ်မှာလဲ
field-passport = ပတ်စ်ပို့
field-phone = ဖုန်း
field-restraint = ထွက်လို့ရလား
field-violence = အကြမ်းဖက်မှု၊ ခြိမ်းခြောက်မှု
field-ransom = တောင်းတဲ့ ငွေ
field-ransom-amount = ငွေပမာဏ
field-nationality = နိုင်ငံသား
field-minor = 18 နှစ်အောက်
field-others-count = အတူရှိတဲ့ တခြားလူ
field-contact-window = ဘယ်အချိန် ဆက်သွယ်ရမလဲ
field-contact-hours = လုံခြုံတဲ့ အချိန်
field-consent = ဘယ်သူ သိခွင့်ရှိလဲ
field-notes = တခြား

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = အရေးပေါ်
desk-tier-high = မြင့်
desk-tier-normal = ပုံမှန်
desk-card-ref = ကိစ္စ { $ref }
desk-card-possible-repeat = ⚠️ ထပ်နေနိုင်သည်- ဤကိစ္စ၏ ယခင်ကတ်သည် အပေါ်တွင် ရှိနိုင်သည်။ အသစ်ဆုံးကို သုံးပါ။
desk-card-language = ဘာသာစကား: { $lang }
desk-age-now = အခုလေးတင်
desk-age-minutes = { $n } မိနစ်အကြာက
desk-age-hours = { $n } နာရီအကြာက
desk-age-days = { $n } ရက်အကြာက
desk-status-open = ဖွင့်ထား · တာဝန်ယူသူ မရှိသေး
desk-status-claimed = { $name } က တာဝန်ယူထားတယ်
desk-status-resolved = ပိတ်ပြီး: { $outcome }
desk-status-withdrawn = အကူအညီတောင်းသူက ပြန်ရုပ်သိမ်းလိုက်ပြီ
desk-card-withdrawn = အကူအညီတောင်းသူက ကိစ္စ { $ref } ကို ပြန်ရုပ်သိမ်းလိုက်ပြီ။ သူ့အဖြေတွေကို ဖျက်ပြီးပါပြီ။
desk-escalated = အဆင့်မြှင့်ပြီး: { $reason }
desk-outcome-rescued = ကယ်ထုတ်ပြီး
desk-outcome-referred-embassy = သံရုံးကို လွှဲပေးပြီး
desk-outcome-referred-ngo = NGO ကို လွှဲပေးပြီး
desk-outcome-referred-police = ရဲကို လွှဲပေးပြီး
desk-outcome-unreachable = ဆက်သွယ်လို့ မရ
desk-outcome-duplicate = ထပ်နေတဲ့ ကိစ္စ
desk-outcome-withdrawn = အကူအညီတောင်းသူ ရုပ်သိမ်း
desk-escalate-worse-now = အခြေအနေ ပိုဆိုးလာ
desk-escalate-minor-confirmed = 18 နှစ်အောက် အတည်ပြုပြီး
desk-escalate-medical = ဆေးကုသမှု လိုအပ်
desk-escalate-moved-sold = ရွှေ့ခံရ / ရောင်းခံရ
desk-escalate-other = တခြား အကြောင်းရင်း
desk-unknown = မသိ
desk-none = မရှိ
desk-field-where = ဘယ်မှာ
desk-field-pin = တည်နေရာ
desk-osm-link = မြေပုံ
desk-nearest = အနီးဆုံး သိထားတဲ့ ဝင်း: { $name } ({ $km } ကီလိုမီတာ)
desk-compound-reports = ဒီဝင်းမှ { $days } ရက်အတွင်း အစီရင်ခံစာ နံပါတ် { $n }
desk-dashboard-link = ဒက်ရှ်ဘုတ် ဝင်ရန်လင့်ခ်: တစ်ကြိမ်သာ၊ { $minutes } မိနစ် အကျုံးဝင်သည်။ ဆက်မပို့ပါနှင့်။
desk-dashboard-sent = ဝင်ရန်လင့်ခ်ကို သင့်ထံ သီးသန့် ပို့ပြီးပါပြီ။
desk-dashboard-no-private = ဘော့နှင့် သီးသန့်ချက်ကို အရင်ဖွင့်ပြီး /dashboard ကို ထပ်ပို့ပါ။
desk-field-surroundings = ပတ်ဝန်းကျင်
desk-field-situation = အခြေအနေ
desk-field-danger = အခု အန္တရာယ်
desk-field-passport = ပတ်စ်ပို့
desk-field-phone = ဖုန်း
desk-field-restraint = ထွက်လို့ရလား
desk-field-violence = အကြမ်းဖက်မှု
desk-field-ransom = တောင်းတဲ့ ငွေ
desk-amount-usd = { $amount } အမေရိကန် ဒေါ်လာ
desk-field-nationality = နိုင်ငံသား
desk-field-minor = 18 နှစ်အောက်
desk-field-others = အတူရှိတဲ့ တခြားလူ
desk-field-indicators = အဓမ္မလုပ်အား ညွှန်ပြချက်များ
desk-field-contact = လုံခြုံတဲ့ ဆက်သွယ်မှု
desk-field-consent = မျှဝေခွင့် သဘောတူညီချက်
desk-field-notes = မှတ်ချက်
desk-field-other-answers = တခြား အဖြေများ
flag-minor = 18 နှစ်အောက်
flag-injured = ဒဏ်ရာရ
flag-needs-medical = ဆရာဝန် လို
flag-in-danger-now = အခု အန္တရာယ်ရှိ
flag-self-harm-risk = ကိုယ့်ကိုယ်ကို ထိခိုက်နိုင်ခြေ
flag-physically-restrained = ကြိုး/သံကြိုးနဲ့ ချည်ခံရ
flag-locked-in = ပိတ်လှောင်ခံရ
flag-guarded = စောင့်ကြပ်ခံရ
flag-passport-retained = ပတ်စ်ပို့ သိမ်းခံရ
flag-electric-shocks = လျှပ်စစ် ရှော့တိုက်ခံရ
flag-beaten = ရိုက်နှက်ခံရ
flag-sexual-abuse = လိင်ပိုင်း စော်ကားခံရ
flag-threatened = ခြိမ်းခြောက်ခံရ
flag-threat-of-sale = ရောင်းမယ်လို့ ခြိမ်းခြောက်ခံရ
flag-ransom-demanded = ရွေးငွေ တောင်းခံရ
flag-debt-demanded = အကြွေး တောင်းခံရ
flag-food-sleep-withheld = စားခွင့်၊ အိပ်ခွင့် မပေး
indicator-abuse-of-vulnerability = အားနည်းချက်ကို အခွင့်ကောင်းယူခြင်း
indicator-restriction-of-movement = သွားလာခွင့် ကန့်သတ်ခြင်း
indicator-isolation = အပြင်လောကနဲ့ အဆက်အသွယ် ဖြတ်ထားခြင်း
indicator-physical-and-sexual-violence = ကိုယ်ထိလက်ရောက်နှင့် လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်ခြင်း
indicator-intimidation-and-threats = ခြိမ်းခြောက် အနိုင်ကျင့်ခြင်း
indicator-retention-of-identity-documents = ကိုယ်ရေးအထောက်အထား စာရွက်စာတမ်း သိမ်းထားခြင်း
indicator-withholding-of-wages = လုပ်ခလစာ ထိန်းထားခြင်း
indicator-debt-bondage = အကြွေးဖြင့် ချုပ်နှောင်ခြင်း
indicator-abusive-working-and-living-conditions = ဆိုးရွားသော အလုပ်နှင့် နေထိုင်မှု အခြေအနေ
indicator-excessive-overtime = အချိန်ပို အလွန်အကျွံ ခိုင်းခြင်း
desk-btn-claim = ✋ တာဝန်ယူမယ်
desk-btn-release = ↩️ လွှတ်ပေးမယ်
desk-btn-escalate = ⬆️ အဆင့်မြှင့်မယ်
desk-btn-resolve = ✅ ပိတ်မယ်
desk-btn-back = ← နောက်သို့
desk-ans-claimed = တာဝန်ယူပြီးပါပြီ။ အခု သင့်ကိစ္စပါ။
desk-ans-released = လွှတ်ပေးပြီးပါပြီ။
desk-ans-escalated = အဆင့်မြှင့်ပြီးပါပြီ။
desk-ans-resolved = ပိတ်ပြီးပါပြီ။
desk-refused-not-allowed = ခွင့်ပြုစာရင်းထဲက ညှိနှိုင်းရေးမှူးတွေပဲ ဒါကို လုပ်လို့ရပါတယ်။
desk-refused-expired = ဒီခလုတ် သက်တမ်းကုန်သွားပြီ။ ကတ်ကို အသစ် ပြန်ပြထားပါတယ်။
desk-refused-stale = ဒီကတ်က နောက်ဆုံးအခြေအနေ မဟုတ်တော့ပါ။ အသစ် ပြန်ပြထားပါတယ်၊ ပြန်ကြည့်ပေးပါ။
desk-refused-illegal = ဒီကိစ္စရဲ့ လက်ရှိအခြေအနေမှာ အဲဒါ လုပ်လို့ မရပါ။
desk-refused-not-owner = ဒီကိစ္စကို တာဝန်ယူထားတဲ့ ညှိနှိုင်းရေးမှူးပဲ လုပ်လို့ရပါတယ်။
desk-refused-not-found = ဒီကိစ္စ မရှိတော့ပါ။
desk-queue-title = ဖွင့်ထားတဲ့ ကိစ္စများ ({ $count })၊ အရေးအကြီးဆုံး အရင်:
desk-queue-empty = ဖွင့်ထားတဲ့ ကိစ္စ မရှိပါ။
desk-list-more = … ဖွင့်ထားတဲ့ ကိစ္စ နောက်ထပ် ရှိသေးတယ်၊ ကျန်တာ မြင်ရဖို့ တချို့ကို တာဝန်ယူပါ ဒါမှမဟုတ် ပိတ်ပါ။
desk-mine-title = သင် တာဝန်ယူထားတဲ့ ကိစ္စများ ({ $count }):
desk-mine-empty = သင် တာဝန်ယူထားတဲ့ ကိစ္စ မရှိပါ။
desk-case-usage = သုံးပုံ: /case REF (ဥပမာ /case ABCD-1234)
desk-case-unknown = ကိစ္စ { $ref } မရှိပါ။
desk-reply-usage = သုံးပုံ: /reply REF သင့်စာ — ဒါမှမဟုတ် ကိစ္စကတ်ကို reply ပြန်ပါ။
desk-relay-delivered = ကိစ္စ { $ref } ရဲ့ အကူအညီတောင်းသူဆီ ပို့ပြီးပါပြီ။
desk-relay-held = ခဏ ထိန်းထားတယ်: အကူအညီတောင်းသူရဲ့ လုံခြုံတဲ့ ဆက်သွယ်ချိန် မရောက်သေးပါ။ အဲဒီအချိန် ရောက်ရင် ပို့ပါမယ်။
desk-relay-not-claimed = ကိစ္စ { $ref } ကို အရင် တာဝန်ယူပါ၊ ပြီးမှ အကူအညီတောင်းသူဆီ စာရေးပါ။
desk-relay-not-owner = ကိစ္စ { $ref } ကို တာဝန်ယူထားတဲ့ ညှိနှိုင်းရေးမှူးပဲ အကူအညီတောင်းသူဆီ စာရေးလို့ရပါတယ်။
desk-relay-text-only = အကူအညီတောင်းသူဆီ စာသားပဲ ပို့လို့ရပါတယ်။ မက်ဆေ့ချ်အဖြစ် ရေးပေးပါ။
desk-relay-blocked = မပို့နိုင်ပါ: ကိစ္စ { $ref } ရဲ့ အကူအညီတောင်းသူက ဒီချတ်ကို ဘလော့ခ်လုပ်ထားတာ ဒါမှမဟုတ် သူ့အကောင့်ကို ဖျက်ထားတာ ဖြစ်ပါတယ်။
desk-held-delivered = ထိန်းထားတဲ့ မက်ဆေ့ချ် { $count } ခုကို ကိစ္စ { $ref } ရဲ့ အကူအညီတောင်းသူဆီ ပို့ပြီးပါပြီ။
desk-held-dropped-refused = ကိစ္စ { $ref } ရဲ့ အကူအညီတောင်းသူအတွက် ထိန်းထားတဲ့ မက်ဆေ့ချ် { $count } ခုကို ပယ်လိုက်ပါပြီ- Telegram က လက်မခံပါ။ ပြန်ရေးပေးပါ။
desk-relay-partial = သင့်မက်ဆေ့ချ် အားလုံး ကိစ္စ { $ref } ရဲ့ အကူအညီတောင်းသူဆီ မရောက်ပါ- အပိုင်း { $total } ခုထဲက { $sent } ခု ပို့ပြီးနောက် Telegram က လက်မခံပါ။ ကျန်တာကို ပြန်ပို့ပေးပါ။
desk-held-dropped-blocked = ကိစ္စ { $ref } ရဲ့ အကူအညီတောင်းသူအတွက် ထိန်းထားတဲ့ မက်ဆေ့ချ် { $count } ခုကို ဖယ်ရှားလိုက်ပါပြီ: သူက ဒီချတ်ကို ဘလော့ခ်လုပ်ထားတာ ဒါမှမဟုတ် သူ့အကောင့်ကို ဖျက်ထားတာ ဖြစ်ပါတယ်။
desk-from-person = { $ref } · အကူအညီတောင်းသူ [{ $lang }]:
desk-still-unclaimed = ⏰ တာဝန်ယူသူ မရှိသေး: { $ref } (အရေးပေါ်၊ တင်ခဲ့တာ { $age })
desk-digest-title = 📋 ကိစ္စအသစ်တွေ တစ်ပြိုင်နက် အများကြီး ဝင်လာပါတယ်။ ကိစ္စတစ်ခုချင်းရဲ့ ကတ် မလာမချင်း တစ်ကြောင်းစီ ပြထားပါတယ်၊ ကတ်ကို အခုကြည့်ချင်ရင် ကိစ္စကို နှိပ်ပါ။
desk-digest-card-below = ကတ် အောက်မှာ
desk-digest-ans-posted = ကတ်ကို အောက်မှာ တင်ပြီးပါပြီ။
desk-digest-ans-below = ကတ်က chat ထဲမှာ ရှိပြီးသားပါ။
desk-digest-ans-coming = ကတ်ကို တင်နေပါတယ်။
desk-person-exited = ကိစ္စ { $ref }: အကူအညီတောင်းသူက အမြန်ထွက်ခြင်းကို သုံးပြီး ချတ်ကို ရှင်းလိုက်ပါပြီ။ တစ်စုံတစ်ယောက်က သူ့ဖုန်းကို ကြည့်နေနိုင်ပါတယ်။ သူ့ဆီ ပို့မယ့် မက်ဆေ့ချ်တွေကို သူ ပြန်ရေးတဲ့အထိ ထိန်းထားပါမယ်။
desk-relay-prefix = အဖွဲ့ဆီက စာ:
desk-person-ack = ကျေးဇူးတင်ပါတယ်။ အားလုံး လက်ခံရရှိပါပြီ။
desk-person-text-only = စာကို စာသားနဲ့ပဲ ရေးပေးပါ။

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = လှည့်စားမှု
desk-contact-waits = သူတို့ ရေးမှသာ ပြန်စာပို့မည်
desk-contact-open-now = ယခု ဖွင့်
desk-contact-opens-minutes = { $n } မိနစ်အတွင်း ဖွင့်မည်
desk-contact-opens-hours = { $n } နာရီအတွင်း ဖွင့်မည်
desk-contact-their-time = { $hours } သူတို့အချိန် ({ $zone })
desk-contact-your-time = { $hours } သင့်အချိန် ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, သင်နှင့်အတူတူ)
desk-refused-taken = { $name } က ဤကိစ္စကို ယူပြီးပါပြီ။
