# review: machine-drafted
# Swahili (Kiswahili) texts of Beacon. A native speaker must review this file before it is marked "# review: reviewed".
# Maandishi ya Kiswahili (muundo wa Fluent). Wasomaji: watu wanaoshikiliwa kwenye maeneo
# ya utapeli, mara nyingi wanaogopa, na simu zao huenda zinakaguliwa na mabosi.
#   • Sentensi fupi, maneno ya kila siku, wazo moja kwa kila mstari.
#   • Mstari wa KWANZA wa kila ujumbe lazima uwe salama kwenye arifa: usitumie
#     "biashara ya binadamu", "uokoaji", "kutoroka", "polisi".
#   • Maandishi ya kitufe: herufi 40 au chini.
#   • Usiahidi kamwe uokoaji au muda.
#   • Saa: tumia saa za kimataifa (05:00–08:00), si saa za Kiswahili.
# Kanuni za majina ya funguo: angalia mwanzo wa locales/en.ftl.

## Language and quick exit (src/i18n, src/safety)

language-name = Kiswahili
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = toka, futa

## Flow engine (src/flow/engine)

btn-done = Tayari
btn-change = Badilisha
selected-mark = ✓
reask-use-buttons = Tafadhali bonyeza kimoja kati ya vitufe vilivyo hapo juu.
reask-too-long = Ujumbe huu ni mrefu kidogo. Tafadhali andika chini ya herufi { $max }.
reask-not-a-number = Tafadhali andika namba tu, kwa mfano 5000.
reask-out-of-range = Tafadhali andika namba kuanzia { $min } hadi { $max }.
reask-unsupported = Samahani, siwezi kusoma ujumbe wa aina hii. Tafadhali tumia vitufe au andika maneno machache.
reask-stale-button = Kitufe hicho ni cha swali lililopita. Tafadhali jibu swali la mwisho lililokuja.
reask-empty = Bado hakuna jibu. Tafadhali chagua angalau moja, au andika maneno machache.
summary-title = Majibu yako:
summary-unknown = sina uhakika
summary-skipped = haijajibiwa
summary-pick-change = Unataka kubadilisha jibu lipi?

## Shared buttons and lines

opt-no = Hapana
opt-dont-know = Sijui
opt-skip = Ruka
opt-prefer-not = Sipendi kusema
opt-other-country = Nchi nyingine
hint-choose-all = Unaweza kuchagua zaidi ya moja. Kisha bonyeza Tayari.

## Person side (src/bot, src/flow/service.ts)

welcome =
    Habari. Haya ni mazungumzo ya faragha.
    Sisi ni timu ndogo inayosaidia watu wasioweza kuacha kazi yao au kuondoka mahali wanapozuiliwa. Unaweza kuchagua lugha yako hapa chini.
    Ili kufuta mazungumzo haya, tuma neno hili peke yake: toka
    Ujumbe wa zaidi ya siku 2 utafutika tu ukifuta mazungumzo haya mwenyewe.
language-pick = Unataka kutumia lugha gani?
help-text =
    Habari. Hivi ndivyo unavyoweza kutuma:
    /new — anza maswali upya
    /ref — ona namba yako ya kumbukumbu kwa dakika moja
    /language — badilisha lugha
    /discreet — futa kila swali baada ya kujibu (washa au zima)
    /erase — futa majibu yako na mazungumzo haya
    toka — futa mazungumzo haya (siku 2 zilizopita)
erase-done = Tayari. Majibu yako yamefutwa. Ujumbe wa zaidi ya siku 2 utafutika tu ukifuta mazungumzo haya mwenyewe.
discreet-on = Sawa. Kila swali na jibu lako vitafutwa baada ya kujibu.
discreet-off = Sawa. Maswali na majibu sasa yatabaki kwenye mazungumzo haya. Tuma /discreet ili kuyafuta tena.
error-try-again = Samahani, kuna tatizo upande wetu. Tafadhali tuma tena baada ya muda mfupi.
error-delay = Samahani, kuna kuchelewa kidogo upande wetu. Ujumbe wako uko salama kwetu, hakuna haja ya kuutuma tena.
flow-restarted = Samahani, maswali yetu yalibadilika ulipokuwa ukijibu, kwa hiyo tunahitaji kuanza tena kutoka swali la kwanza. Hakuna kilichotumwa kwa timu yetu bado.
flood-notice = Tafadhali punguza kasi kidogo. Subiri sekunde chache, kisha endelea.
case-open-info = Asante, yote yamepokelewa. Unaweza kuandika hapa wakati wowote.

## Triage flow (flows/triage.yaml)

q-safe-now = Habari. Je, ni sawa kwako kuandika jumbe chache sasa?
hint-safe-now = Endelea tu kama hakuna mtu anayeweza kuona simu yako. Unaweza kuacha wakati wowote.
opt-safe-now-yes = Ndiyo, naweza kuandika sasa
opt-safe-now-not-now = Si sasa

end-later =
    Sawa. Baadaye, wakati utakapofaa, tuma ujumbe wowote hapa na tutaanza upya.
    Ili kufuta mazungumzo haya, tuma neno hili peke yake: toka
    Ujumbe wa zaidi ya siku 2 utafutika tu ukifuta mazungumzo haya mwenyewe.

q-danger = Je, lolote kati ya haya linakutokea sasa hivi?
opt-danger-hurt-now = Mtu ananiumiza sasa hivi
opt-danger-injured = Nimeumia
opt-danger-doctor = Nahitaji daktari
opt-danger-self-harm = Nafikiria kujiumiza
opt-danger-none = Hakuna kati ya haya

q-self-harm-note =
    Asante kwa kutuambia.
    Unachohisi ni muhimu, na hauko peke yako. Mtu halisi kwenye timu yetu atasoma majibu yako kwanza.
    Unaweza kutuandikia wakati wowote, hata baada ya maswali haya.

q-country = Uko nchi gani sasa?

q-province = Mkoa au mji gani?
hint-province = Bonyeza mmoja. Kama haupo kwenye orodha, andika jina lake.

q-compound = Unajua jina la eneo hilo (compound) au jengo?
hint-compound = Bonyeza moja, au andika jina ulilowahi kusikia. Jina la kampuni pia linasaidia.

q-location = Unaweza kutuma mahali ulipo (location)?
hint-location =
    Pini ya mahali inaonyesha hasa simu hii ilipo.
    Tuma tu kama hakuna mtu anayeweza kuona simu yako. Kama huna uhakika, bonyeza Ruka.

q-surroundings = Unaona nini karibu nawe?
hint-surroundings = Kwa mfano: bahari, mto, kasino, bango, duka, majengo marefu, uko ghorofa ya ngapi. Majina uliyowahi kusikia pia yanasaidia. Au bonyeza Ruka.

q-situation = Lipi kati ya haya ni kweli kwako sasa?
hint-more-details = Asante. Maelezo zaidi yanafaa, lakini unaweza kuacha wakati wowote.
opt-situation-inside = Bado niko ndani ya eneo hilo
opt-situation-escaped = Nimeshatoka
opt-situation-moved = Nimehamishiwa mahali pengine
opt-situation-other = Kitu kingine

q-passport = Pasipoti yako iko wapi?
opt-passport-with-me = Ninayo
opt-passport-taken = Kampuni au bosi aliichukua
opt-passport-lost = Imepotea

q-phone = Simu hii ni ya nani?
opt-phone-own = Ni simu yangu mwenyewe
opt-phone-company = Kampuni ilinipa

q-restraint = Unaweza kuondoka mahali hapo ukitaka?
opt-restraint-free = Ndiyo, naweza kuondoka
opt-restraint-guarded = Hapana, kuna walinzi
opt-restraint-locked-in = Hapana, nimefungiwa ndani
opt-restraint-tied = Nimefungwa kamba au minyororo

q-violence = Je, lolote kati ya haya limekutokea huko?
opt-violence-beaten = Kupigwa ngumi au mateke
opt-violence-shocks = Kupigwa shoti ya umeme
opt-violence-threats = Vitisho kwangu au kwa familia yangu
opt-violence-sold = Wanasema wataniuza
opt-violence-sexual = Kunyanyaswa kingono au kubakwa
opt-violence-food-sleep = Kunyimwa chakula au usingizi
opt-violence-long-hours = Kufanyishwa kazi saa nyingi sana
opt-violence-unpaid = Kutolipwa mshahara
opt-violence-false-job = Kazi si ile waliyoahidi
opt-violence-none = Hakuna kati ya haya

q-money = Je, wanataka pesa kabla hujaruhusiwa kuondoka?
opt-money-ransom = Ndiyo, pesa ili waniachilie
opt-money-debt = Ndiyo, wanasema nina "deni"

q-amount = Wanataka kiasi gani, kwa dola za Marekani?
hint-amount = Andika namba tu, kwa mfano 8000. Makadirio yanatosha.

q-nationality = Wewe ni raia wa nchi gani?

q-minor = Je, umri wako ni chini ya miaka 18?
opt-minor-yes = Ndiyo, niko chini ya miaka 18
opt-minor-no = Hapana, nina miaka 18 au zaidi

q-others = Kuna watu wengine wangapi pamoja nawe walio katika hali hii hii?
hint-others = Namba ya kukadiria inatosha. Andika 0 kama uko peke yako.

q-contact = Ni wakati gani ni salama sisi kukuandikia?
opt-contact-i-write-first = Mpaka niandike mimi kwanza
opt-contact-hours = Saa fulani tu
opt-contact-any-time = Wakati wowote

q-hours = Kwa kawaida ni saa gani salama?
hint-hours = Saa za mahali ulipo sasa. Unaweza kuchagua zaidi ya moja. Kisha bonyeza Tayari.
opt-hours-early = Asubuhi mapema (05:00–08:00)
opt-hours-morning = Asubuhi (08:00–12:00)
opt-hours-midday = Mchana (12:00–14:00)
opt-hours-evening = Jioni na usiku (18:00–22:00)
opt-hours-late-night = Usiku wa manane (22:00–03:00)
opt-hours-daytime = Mchana (8–18)
opt-hours-night = Usiku (20–6)

q-consent = Tunaweza kumpa nani majibu yako?
hint-consent = Hawa ni watu wanaoweza kukusaidia kutoka na kurudi nyumbani. Tunawapa tu kile wanachohitaji. Unaweza kubadilisha uamuzi wako baadaye.
opt-consent-embassy-ngo = Ubalozi wangu na shirika la msaada
opt-consent-ngo-only = Shirika la msaada (NGO) tu
opt-consent-embassy-only = Ubalozi wangu tu
opt-consent-hotline-only = Hakuna mwingine, ninyi tu

q-notes = Kuna kitu kingine unachotaka tujue?

q-summary = Tafadhali angalia majibu yako.
opt-summary-send = Ndiyo, tuma
opt-summary-change = Badilisha jibu

end-sent = Asante, yote yamepokelewa.

## Case reference (sent by the bot after end-sent)

case-reference = Namba yako ya kumbukumbu: { $ref }. Ukituandikia tena, unaweza kutupa namba hii.

## Short names of answers (summary, change buttons, cards)

field-safe-now = Salama kuongea
field-danger = Hatari sasa
field-country = Nchi
field-province = Mkoa au mji
field-compound = Eneo au jengo
field-location = Pini ya mahali
field-surroundings = Mazingira
field-situation = Hali yako sasa
field-passport = Pasipoti
field-phone = Simu
field-restraint = Uhuru wa kuondoka
field-violence = Ukatili na vitisho
field-ransom = Pesa wanazotaka
field-ransom-amount = Kiasi
field-nationality = Uraia
field-minor = Chini ya miaka 18
field-others-count = Wengine pamoja nawe
field-contact-window = Wakati wa kukuandikia
field-contact-hours = Saa salama
field-consent = Nani anaweza kujua
field-notes = Mengineyo

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = DHARURA
desk-tier-high = JUU
desk-tier-normal = KAWAIDA
desk-card-ref = Kesi { $ref }
desk-card-possible-repeat = ⚠️ Huenda ni marudio: kadi ya awali ya kesi hii inaweza kuwa juu; tumia mpya zaidi.
desk-card-language = lugha: { $lang }
desk-age-now = sasa hivi
desk-age-minutes = dakika { $n } zilizopita
desk-age-hours = saa { $n } zilizopita
desk-age-days = siku { $n } zilizopita
desk-status-open = Wazi · bado haijachukuliwa
desk-status-claimed = Imechukuliwa na { $name }
desk-status-resolved = Imekamilika: { $outcome }
desk-status-withdrawn = Imeondolewa na mhusika
desk-card-withdrawn = Kesi { $ref } imeondolewa na mhusika. Majibu yake yamefutwa.
desk-escalated = Imepandishwa: { $reason }
desk-outcome-rescued = Ameokolewa
desk-outcome-referred-embassy = Amepelekwa ubalozini
desk-outcome-referred-ngo = Amepelekwa kwa NGO
desk-outcome-referred-police = Amepelekwa polisi
desk-outcome-unreachable = Hapatikani
desk-outcome-duplicate = Imejirudia
desk-outcome-withdrawn = Mhusika amejiondoa
desk-escalate-worse-now = Hali imekuwa mbaya zaidi
desk-escalate-minor-confirmed = Imethibitishwa ni mtoto
desk-escalate-medical = Anahitaji matibabu
desk-escalate-moved-sold = Amehamishwa au kuuzwa
desk-escalate-other = Sababu nyingine
desk-unknown = haijulikani
desk-none = hakuna
desk-field-where = Wapi
desk-field-pin = Pini
desk-osm-link = ramani
desk-nearest = eneo linalojulikana lililo karibu zaidi: { $name } ({ $km } km)
desk-compound-reports = Ripoti nambari { $n } kutoka eneo hili ndani ya siku { $days }
desk-dashboard-link = Kiungo cha kuingia kwenye dashibodi: mara moja, dakika { $minutes }. Usikisambaze.
desk-dashboard-sent = Kiungo cha kuingia kimetumwa kwako faraghani.
desk-dashboard-no-private = Fungua mazungumzo ya faragha na boti kwanza, kisha tuma /dashboard tena.
desk-field-surroundings = Mazingira
desk-field-situation = Hali
desk-field-danger = Hatari sasa
desk-field-passport = Pasipoti
desk-field-phone = Simu
desk-field-restraint = Anaweza kuondoka
desk-field-violence = Ukatili
desk-field-ransom = Pesa zinazodaiwa
desk-amount-usd = { $amount } USD
desk-field-nationality = Uraia
desk-field-minor = Chini ya 18
desk-field-others = Wengine pamoja naye
desk-field-indicators = Viashiria vya kazi ya kulazimishwa
desk-field-contact = Mawasiliano salama
desk-field-consent = Ridhaa ya kushiriki taarifa
desk-field-notes = Maelezo
desk-field-other-answers = Majibu mengine
flag-minor = mtoto (chini ya 18)
flag-injured = ameumia
flag-needs-medical = anahitaji daktari
flag-in-danger-now = yuko hatarini sasa
flag-self-harm-risk = hatari ya kujidhuru
flag-physically-restrained = amefungwa kamba au minyororo
flag-locked-in = amefungiwa ndani
flag-guarded = analindwa
flag-passport-retained = pasipoti imechukuliwa
flag-electric-shocks = shoti za umeme
flag-beaten = amepigwa
flag-sexual-abuse = unyanyasaji wa kingono
flag-threatened = ametishiwa
flag-threat-of-sale = tishio la kuuzwa
flag-ransom-demanded = pesa za kumwachilia zinadaiwa
flag-debt-demanded = "deni" linadaiwa
flag-food-sleep-withheld = amenyimwa chakula au usingizi
indicator-abuse-of-vulnerability = kutumia vibaya udhaifu wa mtu
indicator-restriction-of-movement = kuzuiwa kutembea
indicator-isolation = kutengwa
indicator-physical-and-sexual-violence = ukatili wa kimwili na wa kingono
indicator-intimidation-and-threats = utishaji na vitisho
indicator-retention-of-identity-documents = kuzuiliwa kwa hati za utambulisho
indicator-withholding-of-wages = kuzuiliwa kwa mishahara
indicator-debt-bondage = utumwa wa madeni
indicator-abusive-working-and-living-conditions = mazingira mabaya ya kazi na ya kuishi
indicator-excessive-overtime = muda wa ziada uliopita kiasi
desk-btn-claim = ✋ Chukua
desk-btn-release = ↩️ Achilia
desk-btn-escalate = ⬆️ Pandisha
desk-btn-resolve = ✅ Maliza
desk-btn-back = ← Rudi
desk-ans-claimed = Umeichukua. Sasa ni kesi yako.
desk-ans-released = Imeachiliwa.
desk-ans-escalated = Imepandishwa.
desk-ans-resolved = Imekamilika.
desk-refused-not-allowed = Ni waratibu walio kwenye orodha ya ruhusa tu wanaoweza kufanya hivi.
desk-refused-expired = Muda wa kitufe hiki umekwisha. Kadi imesasishwa.
desk-refused-stale = Kadi hii imepitwa na wakati. Imesasishwa; tafadhali angalia tena.
desk-refused-illegal = Hilo haliwezekani katika hali ya sasa ya kesi.
desk-refused-not-owner = Ni mratibu aliyechukua kesi hii tu anayeweza kufanya hivyo.
desk-refused-not-found = Kesi hii haipo tena.
desk-queue-title = Kesi zilizo wazi ({ $count }), za dharura zaidi kwanza:
desk-queue-empty = Hakuna kesi zilizo wazi.
desk-list-more = … kuna kesi nyingine zilizo wazi; chukua au maliza baadhi ili kuziona.
desk-mine-title = Kesi ulizochukua ({ $count }):
desk-mine-empty = Huna kesi uliyochukua.
desk-case-usage = Matumizi: /case REF (kwa mfano /case ABCD-1234)
desk-case-unknown = Hakuna kesi { $ref }.
desk-reply-usage = Matumizi: /reply REF ujumbe wako — au jibu kadi ya kesi.
desk-relay-delivered = Umefikishwa kwa mhusika wa kesi { $ref }.
desk-relay-held = Umeshikiliwa: muda salama wa mawasiliano wa mhusika umefungwa. Utatumwa muda huo ukifunguka.
desk-relay-not-claimed = Chukua kesi { $ref } kwanza, kisha mwandikie mhusika.
desk-relay-not-owner = Ni mratibu aliyechukua kesi { $ref } tu anayeweza kumwandikia mhusika.
desk-relay-text-only = Ni maandishi tu yanayoweza kupelekwa kwa mhusika. Tafadhali yaandike kama ujumbe.
desk-relay-blocked = Haukufikishwa: mhusika wa kesi { $ref } amezuia mazungumzo haya au amefuta akaunti yake.
desk-held-delivered = Jumbe { $count } zilizoshikiliwa zimefikishwa kwa mhusika wa kesi { $ref }.
desk-held-dropped-refused = Jumbe { $count } zilizoshikiliwa kwa mhusika wa kesi { $ref } zimeondolewa: Telegram imezikataa. Tafadhali ziandike tena.
desk-relay-partial = Si ujumbe wako wote uliomfikia mhusika wa kesi { $ref }: sehemu { $sent } kati ya { $total } zimetumwa, kisha Telegram ikakataa. Tafadhali tuma sehemu iliyobaki tena.
desk-held-dropped-blocked = Jumbe { $count } zilizoshikiliwa kwa mhusika wa kesi { $ref } zimeondolewa: amezuia mazungumzo haya au amefuta akaunti yake.
desk-from-person = { $ref } · mhusika [{ $lang }]:
desk-still-unclaimed = ⏰ Bado haijachukuliwa: { $ref } (dharura, iliingia { $age })
desk-digest-title = 📋 Kesi nyingi mpya kwa wakati mmoja. Mstari mmoja kwa kila kesi hadi kadi yake ifuate; gusa kesi ili kuweka kadi yake sasa.
desk-digest-card-below = kadi iko chini
desk-digest-ans-posted = Kadi yake imewekwa hapa chini.
desk-digest-ans-below = Kadi yake tayari iko kwenye gumzo.
desk-digest-ans-coming = Kadi yake inawekwa.
desk-person-exited = Kesi { $ref }: mhusika ametumia kutoka haraka na mazungumzo yamefutwa. Huenda mtu anaangalia simu yake. Jumbe kwake zitasubiri hadi aandike tena.
desk-relay-prefix = Ujumbe kutoka kwa timu:
desk-person-ack = Asante, yote yamepokelewa.
desk-person-text-only = Tafadhali andika ujumbe wako kwa maandishi.

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = udanganyifu
desk-contact-waits = majibu yanasubiri hadi waandike
desk-contact-open-now = wazi sasa
desk-contact-opens-minutes = itafunguka baada ya dakika { $n }
desk-contact-opens-hours = itafunguka baada ya saa { $n }
desk-contact-their-time = { $hours } saa zao ({ $zone })
desk-contact-your-time = { $hours } saa zako ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, sawa na yako)
desk-refused-taken = { $name } tayari amechukua kesi hii.
