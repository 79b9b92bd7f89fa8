# review: machine-drafted
# Filipino (Tagalog; in its own words: Wikang Filipino) texts of Beacon. A native speaker must review this file before it is marked "# review: reviewed".
# Mga teksto sa Filipino (Fluent format). Mambabasa: mga taong hawak sa mga scam compound,
# madalas takot, at baka tinitingnan ng boss ang phone nila.
#   • Maiikling pangungusap, karaniwang salita (pati mga salitang Ingles na gamit
#     araw-araw: phone, chat, passport, compound), isang ideya bawat linya.
#   • Ang UNANG linya ng bawat mensahe ay dapat ligtas sa notification: walang
#     "trafficking", "rescue/sagip", "takas", "pulis".
#   • Teksto ng button: hanggang 40 character.
#   • Huwag mangako ng pagsagip o ng oras.
# Mga pangalan ng key: tingnan ang simula ng locales/en.ftl.

## Language and quick exit (src/i18n, src/safety)

language-name = Filipino
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = alis, burahin

## Flow engine (src/flow/engine)

btn-done = Tapos na
btn-change = Palitan
selected-mark = ✓
reask-use-buttons = Pakipindot ang isa sa mga button sa itaas.
reask-too-long = Medyo mahaba iyan. Hanggang { $max } na letra lang, pakiusap.
reask-not-a-number = Numero lang ang isulat, halimbawa 5000.
reask-out-of-range = Sumulat ng numero mula { $min } hanggang { $max }.
reask-unsupported = Pasensya na, hindi ko mabasa ang ganitong mensahe. Gamitin ang mga button o sumulat ng ilang salita.
reask-stale-button = Ang button na iyan ay para sa naunang tanong. Pakisagot ang pinakabagong tanong.
reask-empty = Wala pang sagot. Pumili ng kahit isa, o sumulat ng ilang salita.
summary-title = Ang mga sagot mo:
summary-unknown = hindi sigurado
summary-skipped = hindi sinagot
summary-pick-change = Aling sagot ang gusto mong palitan?

## Shared buttons and lines

opt-no = Hindi
opt-dont-know = Hindi ko alam
opt-skip = Laktawan
opt-prefer-not = Ayokong sabihin
opt-other-country = Ibang bansa
hint-choose-all = Puwede kang pumili ng higit sa isa. Pagkatapos, pindutin ang Tapos na.

## Person side (src/bot, src/flow/service.ts)

welcome =
    Kumusta. Pribado ang chat na ito.
    Maliit na grupo kami na tumutulong sa mga taong hindi makaalis sa trabaho nila o sa lugar na hindi sila pinapayagang umalis. Puwede mong piliin ang wika mo sa ibaba.
    Para burahin ang chat na ito, ipadala lang ang salitang: alis
    Ang mga mensaheng mahigit 2 araw na ay mabubura lang kung ikaw mismo ang magbubura ng chat.
language-pick = Anong wika ang gusto mong gamitin?
help-text =
    Kumusta. Ito ang puwede mong ipadala:
    /new — simulan ulit ang mga tanong
    /ref — ipakita ang reference number mo nang isang minuto
    /language — palitan ang wika
    /discreet — burahin ang bawat tanong pagkasagot mo (on o off)
    /erase — burahin ang mga sagot mo at ang chat na ito
    alis — burahin ang chat na ito (huling 2 araw)
erase-done = Tapos na. Nabura na ang mga sagot mo. Ang mga mensaheng mahigit 2 araw na ay mabubura lang kung ikaw mismo ang magbubura ng chat.
discreet-on = Sige. Buburahin ang bawat tanong at sagot mo pagkatapos mong sumagot.
discreet-off = Sige. Mananatili na sa chat na ito ang mga tanong at sagot. Ipadala ang /discreet para burahin ulit ang mga ito.
error-try-again = Pasensya na, may problema sa panig namin. Pakipadala ulit iyan maya-maya.
error-delay = Pasensya na, may kaunting pagkaantala sa panig namin. Ligtas sa amin ang mensahe mo, kaya hindi mo na kailangang ipadala ulit.
flow-restarted = Paumanhin, nagbago ang mga tanong namin habang sumasagot ka, kaya kailangan nating magsimula ulit sa unang tanong. Wala pang naipadala sa aming team.
flood-notice = Dahan-dahan lang. Maghintay ng ilang segundo, saka magpatuloy.
case-open-info = Salamat, natanggap na lahat. Puwede kang sumulat dito anumang oras.

## Triage flow (flows/triage.yaml)

q-safe-now = Kumusta. Okay lang ba na magsulat ka ng ilang mensahe ngayon?
hint-safe-now = Tumuloy lang kung walang nakakakita ng phone mo. Puwede kang tumigil kahit kailan.
opt-safe-now-yes = Oo, puwede ako ngayon
opt-safe-now-not-now = Hindi ngayon

end-later =
    Sige. Magpadala ka lang ng kahit anong mensahe rito mamaya, kapag okay na ang oras, at magsisimula ulit tayo.
    Para burahin ang chat na ito, ipadala lang ang salitang: alis
    Ang mga mensaheng mahigit 2 araw na ay mabubura lang kung ikaw mismo ang magbubura ng chat.

q-danger = Alin dito ang totoo sa iyo ngayon?
opt-danger-hurt-now = May nananakit sa akin ngayon
opt-danger-injured = Nasugatan ako
opt-danger-doctor = Kailangan ko ng doktor
opt-danger-self-harm = Naiisip kong saktan ang sarili ko
opt-danger-none = Wala sa mga ito

q-self-harm-note =
    Salamat at sinabi mo sa amin.
    Mahalaga ang nararamdaman mo, at hindi ka nag-iisa. Isang totoong tao sa team namin ang unang magbabasa ng mga sagot mo.
    Puwede kang sumulat sa amin kahit kailan, kahit pagkatapos ng mga tanong na ito.

q-country = Saang bansa ka ngayon?

q-province = Saang probinsya o lungsod?
hint-province = Pumili ng isa. Kung wala sa listahan, isulat ang pangalan.

q-compound = Alam mo ba ang pangalan ng compound o building?
hint-compound = Pumili ng isa, o isulat ang pangalang narinig mo. Makakatulong din ang pangalan ng kumpanya.

q-location = Puwede mo bang ipadala ang location mo?
hint-location =
    Ipinapakita ng location pin kung saan mismo ang phone na ito.
    Ipadala lang kung walang nakakakita ng phone mo. Kung hindi ka sigurado, pindutin ang Laktawan.

q-surroundings = Ano ang nakikita mo sa paligid mo?
hint-surroundings = Halimbawa: dagat, ilog, casino, karatula, tindahan, matataas na building, anong palapag ka. Makakatulong din ang mga pangalang narinig mo. O pindutin ang Laktawan.

q-situation = Alin dito ang totoo sa iyo ngayon?
hint-more-details = Salamat. Mahalaga ang dagdag na detalye, pero puwede kang tumigil anumang oras.
opt-situation-inside = Nasa loob ako ng compound
opt-situation-escaped = Nakalabas na ako
opt-situation-moved = Inilipat ako sa ibang lugar
opt-situation-other = Iba pa

q-passport = Nasaan ang passport mo?
opt-passport-with-me = Nasa akin
opt-passport-taken = Kinuha ng kumpanya o ng boss
opt-passport-lost = Nawala

q-phone = Kanino ang phone na ito?
opt-phone-own = Sarili kong phone
opt-phone-company = Bigay ng kumpanya

q-restraint = Kaya mo bang umalis sa lugar kung gusto mo?
opt-restraint-free = Oo, kaya kong umalis
opt-restraint-guarded = Hindi, may mga bantay
opt-restraint-locked-in = Hindi, nakakandado ako sa loob
opt-restraint-tied = Nakatali o nakakadena ako

q-violence = Nangyari na ba sa iyo roon ang alinman dito?
opt-violence-beaten = Binugbog o sinipa
opt-violence-shocks = Kinuryente
opt-violence-threats = Pinagbantaan ako o pamilya ko
opt-violence-sold = Sabi nila ibebenta nila ako
opt-violence-sexual = Hinalay o sekswal na inabuso
opt-violence-food-sleep = Bawal kumain o matulog
opt-violence-long-hours = Pinagtrabaho nang sobrang tagal
opt-violence-unpaid = Hindi pinasahod
opt-violence-false-job = Hindi ito ang ipinangakong trabaho
opt-violence-none = Wala sa mga ito

q-money = Humihingi ba sila ng pera bago ka makaalis?
opt-money-ransom = Oo, pera para pakawalan ako
opt-money-debt = Oo, may "utang" daw ako

q-amount = Magkano ang hinihingi nila, sa US dollars?
hint-amount = Numero lang ang isulat, halimbawa 8000. Okay lang kung tantya.

q-nationality = Ano ang nasyonalidad mo?

q-minor = Mas bata ka ba sa 18 taong gulang?
opt-minor-yes = Oo, wala pa akong 18
opt-minor-no = Hindi, 18 na ako o higit pa

q-others = Ilan pang ibang tao ang kasama mo na pareho ang sitwasyon?
hint-others = Okay lang kung tantya. Isulat ang 0 kung mag-isa ka.

q-contact = Kailan ligtas na sumulat kami sa iyo?
opt-contact-i-write-first = Kapag ako ang naunang sumulat
opt-contact-hours = Sa ilang oras lang
opt-contact-any-time = Kahit anong oras

q-hours = Anong oras karaniwang ligtas?
hint-hours = Oras kung nasaan ka ngayon. Puwede kang pumili ng higit sa isa. Pagkatapos, pindutin ang Tapos na.
opt-hours-early = Maagang umaga (5–8 AM)
opt-hours-morning = Umaga (8 AM–12 NN)
opt-hours-midday = Tanghali (12–2 PM)
opt-hours-evening = Gabi (6–10 PM)
opt-hours-late-night = Hatinggabi (10 PM–3 AM)
opt-hours-daytime = Araw (8–18)
opt-hours-night = Gabi (20–6)

q-consent = Kanino namin puwedeng ibahagi ang mga sagot mo?
hint-consent = Sila ang mga taong makakatulong sa iyo na makaalis at makauwi. Ibinabahagi lang namin ang kailangan nila. Puwede kang magbago ng isip mamaya.
opt-consent-embassy-ngo = Embahada ko at isang NGO
opt-consent-ngo-only = Isang NGO lang
opt-consent-embassy-only = Embahada ko lang
opt-consent-hotline-only = Wala nang iba, kayo lang

q-notes = May iba ka pa bang gustong sabihin sa amin?

q-summary = Pakitingnan ang mga sagot mo.
opt-summary-send = Oo, ipadala
opt-summary-change = Palitan ang isang sagot

end-sent = Salamat, natanggap na lahat.

## Case reference (sent by the bot after end-sent)

case-reference = Ang reference number mo: { $ref }. Kung susulat ka ulit sa amin, puwede mo itong ibigay.

## Short names of answers (summary, change buttons, cards)

field-safe-now = Ligtas makipag-usap
field-danger = Panganib ngayon
field-country = Bansa
field-province = Probinsya o lungsod
field-compound = Compound o building
field-location = Location pin
field-surroundings = Nasa paligid
field-situation = Kalagayan ngayon
field-passport = Passport
field-phone = Phone
field-restraint = Malayang umalis
field-violence = Pananakit at banta
field-ransom = Hinihinging pera
field-ransom-amount = Halaga
field-nationality = Nasyonalidad
field-minor = Wala pang 18
field-others-count = Iba pang kasama mo
field-contact-window = Kailan ka susulatan
field-contact-hours = Ligtas na oras
field-consent = Sino ang puwedeng makaalam
field-notes = Iba pa

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = KRITIKAL
desk-tier-high = MATAAS
desk-tier-normal = KARANIWAN
desk-card-ref = Kaso { $ref }
desk-card-possible-repeat = ⚠️ Posibleng ulit: maaaring may naunang card ng kasong ito sa itaas; gamitin ang pinakabago.
desk-card-language = wika: { $lang }
desk-age-now = ngayon lang
desk-age-minutes = { $n } minuto na ang nakalipas
desk-age-hours = { $n } oras na ang nakalipas
desk-age-days = { $n } araw na ang nakalipas
desk-status-open = Bukas · wala pang kumuha
desk-status-claimed = Kinuha ni { $name }
desk-status-resolved = Tapos na: { $outcome }
desk-status-withdrawn = Binawi ng tao
desk-card-withdrawn = Binawi ng tao ang kaso { $ref }. Nabura na ang mga sagot niya.
desk-escalated = In-escalate: { $reason }
desk-outcome-rescued = Nasagip
desk-outcome-referred-embassy = Ipinasa sa embahada
desk-outcome-referred-ngo = Ipinasa sa NGO
desk-outcome-referred-police = Ipinasa sa pulis
desk-outcome-unreachable = Hindi makontak
desk-outcome-duplicate = Doble
desk-outcome-withdrawn = Umatras ang tao
desk-escalate-worse-now = Lumala ngayon
desk-escalate-minor-confirmed = Kumpirmadong menor de edad
desk-escalate-medical = Kailangan ng medikal na tulong
desk-escalate-moved-sold = Inilipat o ibinenta
desk-escalate-other = Ibang dahilan
desk-unknown = hindi alam
desk-none = wala
desk-field-where = Saan
desk-field-pin = Pin
desk-osm-link = mapa
desk-nearest = pinakamalapit na kilalang compound: { $name } ({ $km } km)
desk-compound-reports = Ulat blg. { $n } mula sa compound na ito sa loob ng { $days } araw
desk-dashboard-link = Link sa pag-sign in sa dashboard: isang beses, { $minutes } minuto. Huwag ipasa.
desk-dashboard-sent = Naipadala sa iyo nang pribado ang link sa pag-sign in.
desk-dashboard-no-private = Magbukas muna ng pribadong chat sa bot, saka ipadala muli ang /dashboard.
desk-field-surroundings = Paligid
desk-field-situation = Kalagayan
desk-field-danger = Panganib ngayon
desk-field-passport = Passport
desk-field-phone = Phone
desk-field-restraint = Makakaalis
desk-field-violence = Pananakit
desk-field-ransom = Hinihinging pera
desk-amount-usd = { $amount } USD
desk-field-nationality = Nasyonalidad
desk-field-minor = Wala pang 18
desk-field-others = Iba pang kasama niya
desk-field-indicators = Palatandaan ng sapilitang paggawa
desk-field-contact = Ligtas na kontak
desk-field-consent = Pahintulot magbahagi
desk-field-notes = Tala
desk-field-other-answers = Ibang sagot
flag-minor = menor de edad
flag-injured = sugatan
flag-needs-medical = kailangan ng doktor
flag-in-danger-now = nasa panganib ngayon
flag-self-harm-risk = panganib na saktan ang sarili
flag-physically-restrained = nakatali o nakakadena
flag-locked-in = nakakandado sa loob
flag-guarded = binabantayan
flag-passport-retained = kinuha ang passport
flag-electric-shocks = kinuryente
flag-beaten = binugbog
flag-sexual-abuse = sekswal na pang-aabuso
flag-threatened = pinagbantaan
flag-threat-of-sale = banta na ibebenta
flag-ransom-demanded = humihingi ng ransom
flag-debt-demanded = sinisingil ng "utang"
flag-food-sleep-withheld = bawal kumain o matulog
indicator-abuse-of-vulnerability = pang-aabuso sa kahinaan
indicator-restriction-of-movement = paghihigpit sa paggalaw
indicator-isolation = pagbubukod sa iba
indicator-physical-and-sexual-violence = pisikal at sekswal na karahasan
indicator-intimidation-and-threats = pananakot at pagbabanta
indicator-retention-of-identity-documents = pagkuha ng mga dokumento ng pagkakakilanlan
indicator-withholding-of-wages = hindi pagbibigay ng sahod
indicator-debt-bondage = pagkaalipin sa utang
indicator-abusive-working-and-living-conditions = mapang-abusong kondisyon sa trabaho at pamumuhay
indicator-excessive-overtime = sobrang overtime
desk-btn-claim = ✋ Kunin
desk-btn-release = ↩️ Bitawan
desk-btn-escalate = ⬆️ I-escalate
desk-btn-resolve = ✅ Tapusin
desk-btn-back = ← Bumalik
desk-ans-claimed = Nakuha mo na. Sa iyo na ito.
desk-ans-released = Binitawan na.
desk-ans-escalated = Na-escalate na.
desk-ans-resolved = Tapos na.
desk-refused-not-allowed = Ang mga coordinator lang na nasa allowlist ang puwedeng gumawa nito.
desk-refused-expired = Expired na ang button na ito. Na-refresh na ang card.
desk-refused-stale = Luma na ang card na ito. Na-refresh na ito; pakitingnan ulit.
desk-refused-illegal = Hindi iyan puwede sa kasalukuyang estado ng kaso.
desk-refused-not-owner = Ang coordinator lang na kumuha ng kasong ito ang puwedeng gumawa niyan.
desk-refused-not-found = Wala na ang kasong ito.
desk-queue-title = Mga bukas na kaso ({ $count }), pinakaapurahan muna:
desk-queue-empty = Walang bukas na kaso.
desk-list-more = … may iba pang bukas na kaso; kunin o tapusin ang ilan para makita ang mga ito.
desk-mine-title = Mga kasong kinuha mo ({ $count }):
desk-mine-empty = Wala kang kinuhang kaso.
desk-case-usage = Paggamit: /case REF (halimbawa /case ABCD-1234)
desk-case-unknown = Walang kasong { $ref }.
desk-reply-usage = Paggamit: /reply REF ang mensahe mo — o mag-reply sa case card.
desk-relay-delivered = Naipadala sa tao ng kasong { $ref }.
desk-relay-held = Naka-hold: sarado ngayon ang ligtas na oras ng tao. Ipapadala ito pagbukas ng oras na iyon.
desk-relay-not-claimed = Kunin muna ang kasong { $ref }, saka sumulat sa tao.
desk-relay-not-owner = Ang coordinator lang na kumuha ng kasong { $ref } ang puwedeng sumulat sa tao.
desk-relay-text-only = Text lang ang maipapasa sa tao. Pakisulat ito bilang mensahe.
desk-relay-blocked = Hindi naipadala: na-block ng tao ng kasong { $ref } ang chat na ito o binura niya ang kanyang account.
desk-held-delivered = Naipadala na ang { $count } naka-hold na mensahe sa tao ng kasong { $ref }.
desk-held-dropped-refused = { $count } naka-hold na mensahe para sa tao ng kaso { $ref } ang itinapon: tinanggihan ng Telegram. Pakisulat ulit.
desk-relay-partial = Hindi buong mensahe mo ang nakarating sa tao ng kaso { $ref }: { $sent } sa { $total } na bahagi ang naipadala, saka tinanggihan ng Telegram. Pakipadala ulit ang natitira.
desk-held-dropped-blocked = Tinanggal ang { $count } naka-hold na mensahe para sa tao ng kasong { $ref }: na-block niya ang chat na ito o binura niya ang kanyang account.
desk-from-person = { $ref } · tao [{ $lang }]:
desk-still-unclaimed = ⏰ Wala pa ring kumukuha: { $ref } (kritikal, dumating { $age })
desk-digest-title = 📋 Maraming bagong kaso nang sabay-sabay. Isang linya bawat kaso hanggang sumunod ang sarili nitong card; i-tap ang kaso para ipakita na ngayon ang card nito.
desk-digest-card-below = card sa ibaba
desk-digest-ans-posted = Naipakita na sa ibaba ang card nito.
desk-digest-ans-below = Nasa chat na ang card nito.
desk-digest-ans-coming = Ipinapakita na ang card nito.
desk-person-exited = Kaso { $ref }: ginamit ng tao ang mabilis na paglabas at nabura na ang chat. Maaaring may tumitingin sa kanyang telepono. Maghihintay ang mga mensahe sa kanya hanggang sumulat siya ulit.
desk-relay-prefix = Mensahe mula sa team:
desk-person-ack = Salamat, natanggap na lahat.
desk-person-text-only = Pakisulat ang mensahe mo bilang text.

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = panlilinlang
desk-contact-waits = naghihintay ang sagot hanggang sumulat sila
desk-contact-open-now = bukas ngayon
desk-contact-opens-minutes = bubukas sa { $n } min
desk-contact-opens-hours = bubukas sa { $n } oras
desk-contact-their-time = { $hours } oras nila ({ $zone })
desk-contact-your-time = { $hours } oras mo ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, pareho sa iyo)
desk-refused-taken = Kinuha na ni { $name } ang kasong ito.
