# review: machine-drafted
# Malay (Bahasa Melayu, Malaysian usage) texts of Beacon. A native speaker must review this file before it is marked "# review: reviewed".
# Teks Bahasa Melayu (format Fluent). Pembaca: orang yang ditahan di kompleks penipuan,
# selalunya takut, telefon mungkin diperiksa bos.
#   • Ayat pendek, perkataan harian, satu perkara satu baris. Panggilan "anda".
#   • Baris PERTAMA setiap mesej mesti selamat dalam notifikasi: jangan guna
#     "pemerdagangan orang", "menyelamat", "melarikan diri", "polis".
#   • Teks butang paling banyak 40 aksara.
#   • Jangan sekali-kali janji menyelamat atau masa.
# Peraturan nama kunci: lihat bahagian atas locales/en.ftl.

## Language and quick exit (src/i18n, src/safety)

language-name = Bahasa Melayu
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = keluar, padam

## Flow engine (src/flow/engine)

btn-done = Siap
btn-change = Tukar
selected-mark = ✓
reask-use-buttons = Sila tekan salah satu butang di atas.
reask-too-long = Itu agak panjang. Sila tulis kurang daripada { $max } huruf.
reask-not-a-number = Sila tulis nombor sahaja, contohnya 5000.
reask-out-of-range = Sila tulis nombor dari { $min } hingga { $max }.
reask-unsupported = Maaf, saya tidak dapat baca mesej jenis ini. Sila guna butang atau tulis beberapa perkataan.
reask-stale-button = Butang itu untuk soalan sebelum ini. Sila jawab soalan yang terbaru.
reask-empty = Belum ada jawapan. Sila pilih sekurang-kurangnya satu, atau tulis beberapa perkataan.
summary-title = Jawapan anda:
summary-unknown = tidak pasti
summary-skipped = tidak dijawab
summary-pick-change = Jawapan mana yang anda mahu tukar?

## Shared buttons and lines

opt-no = Tidak
opt-dont-know = Saya tidak tahu
opt-skip = Langkau
opt-prefer-not = Saya tidak mahu jawab
opt-other-country = Negara lain
hint-choose-all = Anda boleh pilih lebih daripada satu. Kemudian tekan Siap.

## Person side (src/bot, src/flow/service.ts)

welcome =
    Helo. Ini sembang peribadi.
    Kami satu pasukan kecil yang membantu orang yang tidak dapat berhenti kerja atau tidak dapat keluar dari tempat mereka ditahan. Anda boleh pilih bahasa di bawah.
    Untuk memadam sembang ini, hantar satu perkataan ini sahaja: keluar
    Mesej lebih daripada 2 hari hanya hilang jika anda padam sendiri sembang ini.
language-pick = Anda mahu guna bahasa apa?
help-text =
    Helo. Ini yang anda boleh hantar:
    /new — mula semula soalan dari awal
    /ref — lihat nombor rujukan anda selama satu minit
    /language — tukar bahasa
    /discreet — padam setiap soalan selepas anda jawab (hidup atau mati)
    /erase — padam jawapan anda dan sembang ini
    keluar — padam sembang ini (2 hari terakhir)
erase-done = Siap. Jawapan anda sudah dipadam. Mesej lebih daripada 2 hari hanya hilang jika anda padam sendiri sembang ini.
discreet-on = Baik. Setiap soalan dan jawapan anda akan dipadam selepas anda jawab.
discreet-off = Baik. Soalan dan jawapan kini akan kekal dalam sembang ini. Hantar /discreet untuk memadamnya semula.
error-try-again = Maaf, ada masalah di pihak kami. Sila hantar semula sekejap lagi.
error-delay = Maaf, ada sedikit kelewatan di pihak kami. Mesej anda tidak hilang, jadi tidak perlu hantar semula.
flow-restarted = Maaf, soalan kami berubah semasa anda menjawab, jadi kita perlu mula semula dari soalan pertama. Belum ada apa-apa yang dihantar kepada pasukan kami.
flood-notice = Perlahan sikit, ya. Tunggu beberapa saat, kemudian teruskan.
case-open-info = Terima kasih, semua sudah diterima. Anda boleh menulis di sini bila-bila masa.

## Triage flow (flows/triage.yaml)

q-safe-now = Helo. Bolehkah anda tulis beberapa mesej sekarang?
hint-safe-now = Teruskan hanya jika tiada sesiapa boleh nampak telefon anda. Anda boleh berhenti bila-bila masa.
opt-safe-now-yes = Ya, saya boleh sekarang
opt-safe-now-not-now = Bukan sekarang

end-later =
    Baik. Nanti, bila masanya sesuai, hantar apa-apa mesej di sini dan kita mula semula.
    Untuk memadam sembang ini, hantar satu perkataan ini sahaja: keluar
    Mesej lebih daripada 2 hari hanya hilang jika anda padam sendiri sembang ini.

q-danger = Adakah mana-mana ini berlaku kepada anda sekarang?
opt-danger-hurt-now = Seseorang sedang menyakiti saya
opt-danger-injured = Saya cedera
opt-danger-doctor = Saya perlukan doktor
opt-danger-self-harm = Saya terfikir mahu cederakan diri
opt-danger-none = Tiada satu pun

q-self-harm-note =
    Terima kasih kerana beritahu kami.
    Perasaan anda penting, dan anda tidak keseorangan. Seorang manusia sebenar dalam pasukan kami akan baca jawapan anda dahulu.
    Anda boleh menulis kepada kami bila-bila masa, juga selepas soalan-soalan ini.

q-country = Anda berada di negara mana sekarang?

q-province = Wilayah atau bandar mana?
hint-province = Tekan satu. Jika tiada dalam senarai, tulis namanya.

q-compound = Adakah anda tahu nama kompleks atau bangunan itu?
hint-compound = Tekan satu, atau tulis nama yang pernah anda dengar. Nama syarikat pun membantu.

q-location = Bolehkah anda hantar lokasi anda?
hint-location =
    Pin lokasi menunjukkan dengan tepat di mana telefon ini berada.
    Hantar hanya jika tiada sesiapa boleh nampak telefon anda. Jika tidak pasti, tekan Langkau.

q-surroundings = Apa yang anda boleh nampak di sekeliling anda?
hint-surroundings = Contohnya: laut, sungai, kasino, papan tanda, kedai, bangunan tinggi, anda di tingkat berapa. Nama yang pernah anda dengar pun membantu. Atau tekan Langkau.

q-situation = Yang mana satu benar untuk anda sekarang?
hint-more-details = Terima kasih. Maklumat lanjut berguna, tetapi anda boleh berhenti bila-bila masa.
opt-situation-inside = Saya masih di dalam kompleks
opt-situation-escaped = Saya sudah keluar
opt-situation-moved = Saya dipindahkan ke tempat lain
opt-situation-other = Lain-lain

q-passport = Di mana pasport anda?
opt-passport-with-me = Ada pada saya
opt-passport-taken = Diambil syarikat atau bos
opt-passport-lost = Hilang

q-phone = Telefon ini milik siapa?
opt-phone-own = Telefon saya sendiri
opt-phone-company = Diberi oleh syarikat

q-restraint = Bolehkah anda keluar dari tempat itu jika anda mahu?
opt-restraint-free = Ya, saya boleh keluar
opt-restraint-guarded = Tidak, ada pengawal
opt-restraint-locked-in = Tidak, saya dikunci di dalam
opt-restraint-tied = Saya diikat atau dirantai

q-violence = Adakah mana-mana ini pernah berlaku kepada anda di sana?
opt-violence-beaten = Dipukul atau disepak
opt-violence-shocks = Direnjat elektrik
opt-violence-threats = Saya atau keluarga diugut
opt-violence-sold = Mereka kata akan jual saya
opt-violence-sexual = Penderaan seksual atau dipaksa seks
opt-violence-food-sleep = Tidak diberi makan atau tidur
opt-violence-long-hours = Dipaksa kerja terlalu lama
opt-violence-unpaid = Tidak dibayar gaji
opt-violence-false-job = Kerja tidak seperti yang dijanjikan
opt-violence-none = Tiada satu pun

q-money = Adakah mereka mahu wang sebelum anda boleh pergi?
opt-money-ransom = Ya, wang untuk lepaskan saya
opt-money-debt = Ya, kononnya saya "berhutang"

q-amount = Berapa banyak yang mereka mahu, dalam dolar AS?
hint-amount = Tulis nombor sahaja, contohnya 8000. Anggaran pun tidak apa.

q-nationality = Anda warganegara mana?

q-minor = Adakah umur anda bawah 18 tahun?
opt-minor-yes = Ya, umur saya bawah 18
opt-minor-no = Tidak, umur saya 18 ke atas

q-others = Berapa orang lain bersama anda dalam keadaan yang sama?
hint-others = Anggaran pun tidak apa. Tulis 0 jika anda seorang diri.

q-contact = Bila selamat untuk kami menulis kepada anda?
opt-contact-i-write-first = Hanya selepas saya tulis dulu
opt-contact-hours = Hanya pada waktu tertentu
opt-contact-any-time = Bila-bila masa

q-hours = Waktu bila yang biasanya selamat?
hint-hours = Ikut waktu di tempat anda sekarang. Anda boleh pilih lebih daripada satu. Kemudian tekan Siap.
opt-hours-early = Awal pagi (5–8 pagi)
opt-hours-morning = Pagi (8 pagi–12 tengah hari)
opt-hours-midday = Tengah hari (12–2 petang)
opt-hours-evening = Malam (6–10 malam)
opt-hours-late-night = Lewat malam (10 malam–3 pagi)
opt-hours-daytime = Siang hari (8–18)
opt-hours-night = Malam (20–6)

q-consent = Dengan siapa kami boleh kongsi jawapan anda?
hint-consent = Mereka ini orang yang boleh bantu anda keluar dan pulang ke rumah. Kami hanya kongsi apa yang mereka perlu tahu. Anda boleh ubah fikiran nanti.
opt-consent-embassy-ngo = Kedutaan saya dan NGO
opt-consent-ngo-only = Hanya NGO (badan bantuan)
opt-consent-embassy-only = Hanya kedutaan saya
opt-consent-hotline-only = Tiada orang lain, hanya pihak kamu

q-notes = Ada apa-apa lagi yang anda mahu kami tahu?

q-summary = Sila semak jawapan anda.
opt-summary-send = Ya, hantar
opt-summary-change = Tukar jawapan

end-sent = Terima kasih, semua sudah diterima.

## Case reference (sent by the bot after end-sent)

case-reference = Nombor rujukan anda: { $ref }. Jika anda menulis kepada kami lagi, anda boleh beri nombor ini.

## Short names of answers (summary, change buttons, cards)

field-safe-now = Selamat untuk bersembang
field-danger = Bahaya sekarang
field-country = Negara
field-province = Wilayah atau bandar
field-compound = Kompleks atau bangunan
field-location = Pin lokasi
field-surroundings = Sekeliling
field-situation = Keadaan sekarang
field-passport = Pasport
field-phone = Telefon
field-restraint = Bebas keluar
field-violence = Keganasan dan ugutan
field-ransom = Wang yang diminta
field-ransom-amount = Jumlah
field-nationality = Warganegara
field-minor = Bawah 18 tahun
field-others-count = Orang lain bersama anda
field-contact-window = Bila boleh hubungi
field-contact-hours = Waktu selamat
field-consent = Siapa boleh tahu
field-notes = Lain-lain

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = KRITIKAL
desk-tier-high = TINGGI
desk-tier-normal = BIASA
desk-card-ref = Kes { $ref }
desk-card-possible-repeat = ⚠️ Mungkin berulang: kad terdahulu untuk kes ini mungkin di atas; guna yang terbaru.
desk-card-language = bahasa: { $lang }
desk-age-now = baru sahaja
desk-age-minutes = { $n } minit lalu
desk-age-hours = { $n } jam lalu
desk-age-days = { $n } hari lalu
desk-status-open = Terbuka · belum diambil
desk-status-claimed = Diambil oleh { $name }
desk-status-resolved = Selesai: { $outcome }
desk-status-withdrawn = Ditarik balik oleh individu itu
desk-card-withdrawn = Kes { $ref } ditarik balik oleh individu itu. Jawapannya telah dipadam.
desk-escalated = Dinaikkan: { $reason }
desk-outcome-rescued = Diselamatkan
desk-outcome-referred-embassy = Dirujuk ke kedutaan
desk-outcome-referred-ngo = Dirujuk ke NGO
desk-outcome-referred-police = Dirujuk ke polis
desk-outcome-unreachable = Tidak dapat dihubungi
desk-outcome-duplicate = Pendua
desk-outcome-withdrawn = Individu menarik diri
desk-escalate-worse-now = Semakin teruk
desk-escalate-minor-confirmed = Disahkan bawah umur
desk-escalate-medical = Perlu rawatan perubatan
desk-escalate-moved-sold = Dipindahkan atau dijual
desk-escalate-other = Sebab lain
desk-unknown = tidak diketahui
desk-none = tiada
desk-field-where = Lokasi
desk-field-pin = Pin
desk-osm-link = peta
desk-nearest = kompleks terdekat yang diketahui: { $name } ({ $km } km)
desk-compound-reports = Laporan ke-{ $n } dari kompleks ini dalam { $days } hari
desk-dashboard-link = Pautan log masuk papan pemuka: sekali guna, sah { $minutes } minit. Jangan majukan.
desk-dashboard-sent = Pautan log masuk dihantar kepada anda secara peribadi.
desk-dashboard-no-private = Buka sembang peribadi dengan bot dahulu, kemudian hantar /dashboard semula.
desk-field-surroundings = Sekeliling
desk-field-situation = Keadaan
desk-field-danger = Bahaya sekarang
desk-field-passport = Pasport
desk-field-phone = Telefon
desk-field-restraint = Boleh keluar
desk-field-violence = Keganasan
desk-field-ransom = Wang diminta
desk-amount-usd = { $amount } USD
desk-field-nationality = Warganegara
desk-field-minor = Bawah 18
desk-field-others = Orang lain bersamanya
desk-field-indicators = Petunjuk buruh paksa
desk-field-contact = Hubungan selamat
desk-field-consent = Izin berkongsi
desk-field-notes = Catatan
desk-field-other-answers = Jawapan lain
flag-minor = bawah umur
flag-injured = cedera
flag-needs-medical = perlu doktor
flag-in-danger-now = dalam bahaya sekarang
flag-self-harm-risk = risiko mencederakan diri
flag-physically-restrained = diikat atau dirantai
flag-locked-in = dikunci di dalam
flag-guarded = dikawal
flag-passport-retained = pasport ditahan
flag-electric-shocks = renjatan elektrik
flag-beaten = dipukul
flag-sexual-abuse = penderaan seksual
flag-threatened = diugut
flag-threat-of-sale = ugutan untuk dijual
flag-ransom-demanded = wang tebusan diminta
flag-debt-demanded = "hutang" dituntut
flag-food-sleep-withheld = tidak diberi makan atau tidur
indicator-abuse-of-vulnerability = penyalahgunaan kerentanan
indicator-restriction-of-movement = sekatan pergerakan
indicator-isolation = pengasingan
indicator-physical-and-sexual-violence = keganasan fizikal dan seksual
indicator-intimidation-and-threats = intimidasi dan ugutan
indicator-retention-of-identity-documents = penahanan dokumen pengenalan
indicator-withholding-of-wages = penahanan gaji
indicator-debt-bondage = ikatan hutang
indicator-abusive-working-and-living-conditions = keadaan kerja dan hidup yang teruk
indicator-excessive-overtime = kerja lebih masa yang melampau
desk-btn-claim = ✋ Ambil
desk-btn-release = ↩️ Lepaskan
desk-btn-escalate = ⬆️ Naikkan
desk-btn-resolve = ✅ Selesaikan
desk-btn-back = ← Kembali
desk-ans-claimed = Diambil. Kes ini kini milik anda.
desk-ans-released = Dilepaskan.
desk-ans-escalated = Dinaikkan.
desk-ans-resolved = Diselesaikan.
desk-refused-not-allowed = Hanya penyelaras dalam senarai yang dibenarkan boleh buat ini.
desk-refused-expired = Butang ini sudah tamat tempoh. Kad telah dikemas kini.
desk-refused-stale = Kad ini sudah lapuk. Ia telah dikemas kini; sila lihat semula.
desk-refused-illegal = Itu tidak boleh dibuat dalam status kes sekarang.
desk-refused-not-owner = Hanya penyelaras yang mengambil kes ini boleh buat begitu.
desk-refused-not-found = Kes ini sudah tiada.
desk-queue-title = Kes terbuka ({ $count }), paling mendesak dahulu:
desk-queue-empty = Tiada kes terbuka.
desk-list-more = … ada lagi kes terbuka; ambil atau selesaikan sebahagian untuk melihatnya.
desk-mine-title = Kes yang anda ambil ({ $count }):
desk-mine-empty = Anda tiada kes yang diambil.
desk-case-usage = Cara guna: /case REF (contohnya /case ABCD-1234)
desk-case-unknown = Tiada kes { $ref }.
desk-reply-usage = Cara guna: /reply REF mesej anda — atau balas kad kes itu.
desk-relay-delivered = Dihantar kepada individu dalam kes { $ref }.
desk-relay-held = Ditahan: waktu hubungan selamat individu itu sedang tutup. Mesej akan dihantar bila waktu itu dibuka.
desk-relay-not-claimed = Ambil kes { $ref } dahulu, kemudian tulis kepada individu itu.
desk-relay-not-owner = Hanya penyelaras yang mengambil kes { $ref } boleh menulis kepada individu itu.
desk-relay-text-only = Hanya teks boleh dihantar kepada individu itu. Sila tulis sebagai mesej.
desk-relay-blocked = Tidak dihantar: individu dalam kes { $ref } telah menyekat sembang ini atau memadam akaunnya.
desk-held-delivered = { $count } mesej yang ditahan telah dihantar kepada individu dalam kes { $ref }.
desk-held-dropped-refused = { $count } mesej yang ditahan untuk individu dalam kes { $ref } telah dibuang: Telegram menolaknya. Sila tulis semula.
desk-relay-partial = Bukan semua mesej anda sampai kepada individu dalam kes { $ref }: { $sent } daripada { $total } bahagian dihantar, kemudian Telegram menolaknya. Sila hantar bakinya semula.
desk-held-dropped-blocked = { $count } mesej yang ditahan untuk individu dalam kes { $ref } telah dibuang: dia telah menyekat sembang ini atau memadam akaunnya.
desk-from-person = { $ref } · individu [{ $lang }]:
desk-still-unclaimed = ⏰ Masih belum diambil: { $ref } (kritikal, masuk { $age })
desk-digest-title = 📋 Banyak kes baharu serentak. Satu baris bagi setiap kes sehingga kadnya sendiri menyusul; ketik kes untuk menghantar kadnya sekarang.
desk-digest-card-below = kad di bawah
desk-digest-ans-posted = Kadnya telah dihantar di bawah.
desk-digest-ans-below = Kadnya sudah ada dalam sembang.
desk-digest-ans-coming = Kadnya sedang dihantar.
desk-person-exited = Kes { $ref }: individu ini menggunakan keluar pantas dan sembangnya telah dikosongkan. Mungkin ada orang yang memerhati telefonnya. Mesej kepadanya ditahan sehingga dia menulis semula.
desk-relay-prefix = Mesej daripada pasukan:
desk-person-ack = Terima kasih, semua sudah diterima.
desk-person-text-only = Sila tulis mesej anda sebagai teks.

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = penipuan
desk-contact-waits = balasan menunggu sehingga mereka menulis
desk-contact-open-now = dibuka sekarang
desk-contact-opens-minutes = dibuka dalam { $n } min
desk-contact-opens-hours = dibuka dalam { $n } jam
desk-contact-their-time = { $hours } waktu mereka ({ $zone })
desk-contact-your-time = { $hours } waktu anda ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, sama seperti anda)
desk-refused-taken = { $name } sudah mengambil kes ini.
