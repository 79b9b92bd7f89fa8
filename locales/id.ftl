# review: machine-drafted
# Indonesian (Bahasa Indonesia) texts of Beacon. A native speaker must review this file before it is marked "# review: reviewed".
# Teks bahasa Indonesia (format Fluent). Pembaca: orang yang ditahan di kompleks penipuan,
# sering takut, HP-nya mungkin diperiksa bos.
#   • Kalimat pendek, kata sehari-hari, satu hal per baris. Sapaan "kamu".
#   • Baris PERTAMA tiap pesan harus aman di notifikasi: jangan ada kata
#     "perdagangan orang", "penyelamatan", "kabur", "polisi".
#   • Teks tombol paling banyak 40 karakter.
#   • Jangan pernah menjanjikan penyelamatan atau waktu.
# Aturan nama kunci: lihat bagian atas locales/en.ftl.

## Language and quick exit (src/i18n, src/safety)

language-name = Bahasa Indonesia
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = keluar, hapus

## Flow engine (src/flow/engine)

btn-done = Selesai
btn-change = Ubah
selected-mark = ✓
reask-use-buttons = Tolong tekan salah satu tombol di atas.
reask-too-long = Pesannya agak panjang. Tolong tulis kurang dari { $max } huruf.
reask-not-a-number = Tolong tulis angka saja, misalnya 5000.
reask-out-of-range = Tolong tulis angka dari { $min } sampai { $max }.
reask-unsupported = Maaf, pesan seperti ini tidak bisa saya baca. Tolong pakai tombol atau tulis beberapa kata.
reask-stale-button = Tombol itu untuk pertanyaan sebelumnya. Tolong jawab pertanyaan yang paling baru.
reask-empty = Belum ada jawaban. Pilih paling sedikit satu, atau tulis beberapa kata.
summary-title = Jawaban kamu:
summary-unknown = tidak yakin
summary-skipped = tidak dijawab
summary-pick-change = Jawaban mana yang mau kamu ubah?

## Shared buttons and lines

opt-no = Tidak
opt-dont-know = Saya tidak tahu
opt-skip = Lewati
opt-prefer-not = Saya tidak mau bilang
opt-other-country = Negara lain
hint-choose-all = Kamu bisa pilih lebih dari satu. Lalu tekan Selesai.

## Person side (src/bot, src/flow/service.ts)

welcome =
    Halo. Ini chat pribadi.
    Kami tim kecil yang membantu orang yang tidak bisa berhenti kerja atau tidak bisa pergi dari tempat mereka ditahan. Kamu bisa pilih bahasa di bawah.
    Untuk menghapus chat ini, kirim satu kata ini saja: keluar
    Pesan yang lebih dari 2 hari hanya hilang kalau kamu hapus sendiri chat ini.
language-pick = Kamu mau pakai bahasa apa?
help-text =
    Halo. Ini yang bisa kamu kirim:
    /new — mulai pertanyaan dari awal lagi
    /ref — lihat nomor kamu selama satu menit
    /language — ganti bahasa
    /discreet — hapus setiap pertanyaan setelah kamu jawab (nyala atau mati)
    /erase — hapus jawaban kamu dan chat ini
    keluar — hapus chat ini (2 hari terakhir)
erase-done = Selesai. Jawaban kamu sudah dihapus. Pesan yang lebih dari 2 hari hanya hilang kalau kamu hapus sendiri chat ini.
discreet-on = Oke. Setiap pertanyaan dan jawaban kamu akan dihapus setelah kamu jawab.
discreet-off = Oke. Pertanyaan dan jawaban sekarang tetap ada di chat ini. Kirim /discreet untuk menghapusnya lagi.
error-try-again = Maaf, ada masalah di pihak kami. Tolong kirim lagi sebentar lagi.
error-delay = Maaf, ada sedikit keterlambatan di pihak kami. Pesan kamu tidak hilang, jadi tidak perlu dikirim lagi.
flow-restarted = Maaf, pertanyaan kami berubah saat kamu sedang menjawab, jadi kita perlu mulai lagi dari pertanyaan pertama. Belum ada yang dikirim ke tim kami.
flood-notice = Pelan-pelan sedikit, ya. Tunggu beberapa detik, lalu lanjutkan.
case-open-info = Terima kasih, semua sudah diterima. Kamu bisa menulis di sini kapan saja.

## Triage flow (flows/triage.yaml)

q-safe-now = Halo. Apakah sekarang kamu bisa menulis beberapa pesan?
hint-safe-now = Lanjutkan hanya kalau tidak ada orang yang bisa melihat HP kamu. Kamu bisa berhenti kapan saja.
opt-safe-now-yes = Ya, saya bisa sekarang
opt-safe-now-not-now = Nanti saja

end-later =
    Oke. Nanti, kalau waktunya sudah pas, kirim pesan apa saja di sini, dan kita mulai lagi.
    Untuk menghapus chat ini, kirim satu kata ini saja: keluar
    Pesan yang lebih dari 2 hari hanya hilang kalau kamu hapus sendiri chat ini.

q-danger = Apakah ada dari ini yang kamu alami sekarang?
opt-danger-hurt-now = Ada orang yang sedang menyakiti saya
opt-danger-injured = Saya terluka
opt-danger-doctor = Saya butuh dokter
opt-danger-self-harm = Saya terpikir menyakiti diri sendiri
opt-danger-none = Tidak ada

q-self-harm-note =
    Terima kasih sudah mau cerita.
    Perasaan kamu penting, dan kamu tidak sendirian. Orang sungguhan dari tim kami akan membaca jawaban kamu lebih dulu.
    Kamu bisa menulis ke kami kapan saja, juga setelah pertanyaan-pertanyaan ini.

q-country = Sekarang kamu ada di negara mana?

q-province = Di provinsi atau kota mana?
hint-province = Pilih satu. Kalau tidak ada di daftar, tulis namanya.

q-compound = Kamu tahu nama kompleks atau gedungnya?
hint-compound = Pilih satu, atau tulis nama yang pernah kamu dengar. Nama perusahaan juga membantu.

q-location = Bisa kirim lokasi kamu?
hint-location =
    Pin lokasi menunjukkan dengan tepat di mana HP ini berada.
    Kirim hanya kalau tidak ada orang yang bisa melihat HP kamu. Kalau ragu, tekan Lewati.

q-surroundings = Apa yang bisa kamu lihat di sekitar kamu?
hint-surroundings = Misalnya: laut, sungai, kasino, papan nama, toko, gedung tinggi, kamu di lantai berapa. Nama yang pernah kamu dengar juga membantu. Atau tekan Lewati.

q-situation = Mana yang sesuai dengan keadaan kamu sekarang?
hint-more-details = Terima kasih. Keterangan lain berguna, tetapi Anda bisa berhenti kapan saja.
opt-situation-inside = Saya masih di dalam kompleks
opt-situation-escaped = Saya sudah keluar
opt-situation-moved = Saya dipindah ke tempat lain
opt-situation-other = Lainnya

q-passport = Paspor kamu ada di mana?
opt-passport-with-me = Ada di saya
opt-passport-taken = Diambil perusahaan atau bos
opt-passport-lost = Hilang

q-phone = HP ini punya siapa?
opt-phone-own = HP saya sendiri
opt-phone-company = Dikasih perusahaan

q-restraint = Kalau kamu mau, bisakah kamu pergi dari tempat itu?
opt-restraint-free = Ya, saya bisa pergi
opt-restraint-guarded = Tidak, ada penjaga
opt-restraint-locked-in = Tidak, saya dikunci di dalam
opt-restraint-tied = Saya diikat atau dirantai

q-violence = Apakah kamu pernah mengalami ini di sana?
opt-violence-beaten = Dipukul atau ditendang
opt-violence-shocks = Disetrum
opt-violence-threats = Saya atau keluarga diancam
opt-violence-sold = Mereka bilang saya akan dijual
opt-violence-sexual = Kekerasan seksual atau dipaksa seks
opt-violence-food-sleep = Tidak boleh makan atau tidur
opt-violence-long-hours = Dipaksa kerja sangat lama
opt-violence-unpaid = Tidak digaji
opt-violence-false-job = Pekerjaan tak seperti yang dijanjikan
opt-violence-none = Tidak ada

q-money = Apakah mereka minta uang dulu sebelum kamu boleh pergi?
opt-money-ransom = Ya, tebusan supaya saya dilepas
opt-money-debt = Ya, katanya saya punya "utang"

q-amount = Berapa yang mereka minta, dalam dolar AS?
hint-amount = Tulis angkanya saja, misalnya 8000. Kira-kira saja juga tidak apa-apa.

q-nationality = Kamu warga negara mana?

q-minor = Apakah umur kamu di bawah 18 tahun?
opt-minor-yes = Ya, umur saya di bawah 18
opt-minor-no = Tidak, umur saya 18 atau lebih

q-others = Ada berapa orang lain bersama kamu yang keadaannya sama?
hint-others = Kira-kira saja tidak apa-apa. Tulis 0 kalau kamu sendirian.

q-contact = Kapan aman kalau kami kirim pesan ke kamu?
opt-contact-i-write-first = Tunggu saya kirim pesan dulu
opt-contact-hours = Hanya di jam tertentu
opt-contact-any-time = Kapan saja

q-hours = Biasanya jam berapa yang aman?
hint-hours = Pakai jam di tempat kamu sekarang. Kamu bisa pilih lebih dari satu. Lalu tekan Selesai.
opt-hours-early = Pagi-pagi (jam 5–8)
opt-hours-morning = Pagi (jam 8–12)
opt-hours-midday = Siang (jam 12–14)
opt-hours-evening = Malam (jam 18–22)
opt-hours-late-night = Larut malam (jam 22–3)
opt-hours-daytime = Siang hari (8–18)
opt-hours-night = Malam (20–6)

q-consent = Kepada siapa kami boleh memberikan jawaban kamu?
hint-consent = Mereka adalah orang yang bisa membantu kamu keluar dan pulang. Kami hanya memberi yang mereka perlukan. Nanti kamu bisa berubah pikiran.
opt-consent-embassy-ngo = Kedutaan saya dan LSM
opt-consent-ngo-only = Hanya LSM (lembaga bantuan)
opt-consent-embassy-only = Hanya kedutaan saya
opt-consent-hotline-only = Tidak ada, hanya kalian

q-notes = Ada hal lain yang ingin kamu sampaikan ke kami?

q-summary = Tolong periksa jawaban kamu.
opt-summary-send = Ya, kirim
opt-summary-change = Ubah jawaban

end-sent = Terima kasih, semua sudah diterima.

## Case reference (sent by the bot after end-sent)

case-reference = Nomor catatan kamu: { $ref }. Kalau kamu menulis ke kami lagi, kamu bisa kasih nomor ini.

## Short names of answers (summary, change buttons, cards)

field-safe-now = Aman untuk chat
field-danger = Bahaya sekarang
field-country = Negara
field-province = Provinsi atau kota
field-compound = Kompleks atau gedung
field-location = Pin lokasi
field-surroundings = Yang terlihat di sekitar
field-situation = Keadaan sekarang
field-passport = Paspor
field-phone = HP
field-restraint = Bebas pergi
field-violence = Kekerasan dan ancaman
field-ransom = Uang yang diminta
field-ransom-amount = Jumlah
field-nationality = Kewarganegaraan
field-minor = Di bawah 18 tahun
field-others-count = Orang lain bersamamu
field-contact-window = Kapan bisa dihubungi
field-contact-hours = Jam yang aman
field-consent = Siapa yang boleh tahu
field-notes = Hal lain

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = KRITIS
desk-tier-high = TINGGI
desk-tier-normal = NORMAL
desk-card-ref = Kasus { $ref }
desk-card-possible-repeat = ⚠️ Mungkin ganda: kartu sebelumnya untuk kasus ini mungkin ada di atas; pakai yang terbaru.
desk-card-language = bahasa: { $lang }
desk-age-now = baru saja
desk-age-minutes = { $n } menit lalu
desk-age-hours = { $n } jam lalu
desk-age-days = { $n } hari lalu
desk-status-open = Terbuka · belum diambil
desk-status-claimed = Diambil oleh { $name }
desk-status-resolved = Selesai: { $outcome }
desk-status-withdrawn = Ditarik oleh orangnya
desk-card-withdrawn = Kasus { $ref } ditarik oleh orangnya. Jawabannya sudah dihapus.
desk-escalated = Prioritas dinaikkan: { $reason }
desk-outcome-rescued = Diselamatkan
desk-outcome-referred-embassy = Dirujuk ke kedutaan
desk-outcome-referred-ngo = Dirujuk ke LSM
desk-outcome-referred-police = Dirujuk ke polisi
desk-outcome-unreachable = Tidak bisa dihubungi
desk-outcome-duplicate = Duplikat
desk-outcome-withdrawn = Ditarik oleh orangnya
desk-escalate-worse-now = Keadaan memburuk
desk-escalate-minor-confirmed = Dipastikan di bawah umur
desk-escalate-medical = Butuh bantuan medis
desk-escalate-moved-sold = Dipindah atau dijual
desk-escalate-other = Alasan lain
desk-unknown = tidak diketahui
desk-none = tidak ada
desk-field-where = Lokasi
desk-field-pin = Pin
desk-osm-link = peta
desk-nearest = kompleks terdekat yang dikenal: { $name } ({ $km } km)
desk-compound-reports = Laporan ke-{ $n } dari kompleks ini dalam { $days } hari
desk-dashboard-link = Tautan masuk dasbor: sekali pakai, berlaku { $minutes } menit. Jangan diteruskan.
desk-dashboard-sent = Tautan masuk dikirim ke chat pribadi Anda.
desk-dashboard-no-private = Buka chat pribadi dengan bot dulu, lalu kirim /dashboard lagi.
desk-field-surroundings = Sekitar
desk-field-situation = Situasi
desk-field-danger = Bahaya sekarang
desk-field-passport = Paspor
desk-field-phone = HP
desk-field-restraint = Bisa pergi
desk-field-violence = Kekerasan
desk-field-ransom = Uang yang diminta
desk-amount-usd = { $amount } USD
desk-field-nationality = Kewarganegaraan
desk-field-minor = Di bawah 18
desk-field-others = Orang lain bersamanya
desk-field-indicators = Indikator kerja paksa
desk-field-contact = Kontak aman
desk-field-consent = Izin berbagi data
desk-field-notes = Catatan
desk-field-other-answers = Jawaban lain
flag-minor = di bawah umur
flag-injured = terluka
flag-needs-medical = butuh dokter
flag-in-danger-now = dalam bahaya sekarang
flag-self-harm-risk = risiko menyakiti diri
flag-physically-restrained = diikat atau dirantai
flag-locked-in = dikunci di dalam
flag-guarded = dijaga
flag-passport-retained = paspor ditahan
flag-electric-shocks = disetrum
flag-beaten = dipukuli
flag-sexual-abuse = kekerasan seksual
flag-threatened = diancam
flag-threat-of-sale = ancaman akan dijual
flag-ransom-demanded = diminta tebusan
flag-debt-demanded = ditagih "utang"
flag-food-sleep-withheld = tidak diberi makan atau tidur
indicator-abuse-of-vulnerability = penyalahgunaan kerentanan
indicator-restriction-of-movement = pembatasan gerak
indicator-isolation = isolasi
indicator-physical-and-sexual-violence = kekerasan fisik dan seksual
indicator-intimidation-and-threats = intimidasi dan ancaman
indicator-retention-of-identity-documents = penahanan dokumen identitas
indicator-withholding-of-wages = penahanan upah
indicator-debt-bondage = jeratan utang
indicator-abusive-working-and-living-conditions = kondisi kerja dan hidup yang tidak layak
indicator-excessive-overtime = lembur berlebihan
desk-btn-claim = ✋ Ambil
desk-btn-release = ↩️ Lepas
desk-btn-escalate = ⬆️ Naikkan
desk-btn-resolve = ✅ Selesaikan
desk-btn-back = ← Kembali
desk-ans-claimed = Sudah diambil. Kasus ini sekarang milik Anda.
desk-ans-released = Sudah dilepas.
desk-ans-escalated = Prioritas dinaikkan.
desk-ans-resolved = Sudah diselesaikan.
desk-refused-not-allowed = Hanya koordinator yang terdaftar yang bisa melakukan ini.
desk-refused-expired = Tombol ini sudah kedaluwarsa. Kartunya sudah diperbarui.
desk-refused-stale = Kartu ini sudah tidak terbaru. Kartunya sudah diperbarui; silakan lihat lagi.
desk-refused-illegal = Itu tidak bisa dilakukan pada status kasus saat ini.
desk-refused-not-owner = Hanya koordinator yang mengambil kasus ini yang bisa melakukannya.
desk-refused-not-found = Kasus ini sudah tidak ada.
desk-queue-title = Kasus terbuka ({ $count }), yang paling mendesak dulu:
desk-queue-empty = Tidak ada kasus terbuka.
desk-list-more = … masih ada kasus terbuka lain; ambil atau selesaikan beberapa untuk melihatnya.
desk-mine-title = Kasus yang Anda ambil ({ $count }):
desk-mine-empty = Anda belum mengambil kasus apa pun.
desk-case-usage = Cara pakai: /case REF (contoh /case ABCD-1234)
desk-case-unknown = Tidak ada kasus { $ref }.
desk-reply-usage = Cara pakai: /reply REF pesan Anda — atau balas kartu kasusnya.
desk-relay-delivered = Terkirim ke orang dari kasus { $ref }.
desk-relay-held = Ditahan: jam kontak aman orang itu sedang tertutup. Pesan akan dikirim saat jam itu terbuka.
desk-relay-not-claimed = Ambil dulu kasus { $ref }, lalu tulis ke orangnya.
desk-relay-not-owner = Hanya koordinator yang mengambil kasus { $ref } yang bisa menulis ke orangnya.
desk-relay-text-only = Hanya teks yang bisa diteruskan ke orangnya. Tolong tulis sebagai pesan.
desk-relay-blocked = Tidak terkirim: orang dari kasus { $ref } telah memblokir chat ini atau menghapus akunnya.
desk-held-delivered = { $count } pesan yang ditahan sudah terkirim ke orang dari kasus { $ref }.
desk-held-dropped-refused = { $count } pesan yang ditahan untuk orang dari kasus { $ref } dibuang: Telegram menolaknya. Silakan tulis lagi.
desk-relay-partial = Tidak semua pesan Anda sampai ke orang dari kasus { $ref }: { $sent } dari { $total } bagian terkirim, lalu Telegram menolaknya. Silakan kirim sisanya lagi.
desk-held-dropped-blocked = { $count } pesan yang ditahan untuk orang dari kasus { $ref } dibuang: ia telah memblokir chat ini atau menghapus akunnya.
desk-from-person = { $ref } · orangnya [{ $lang }]:
desk-still-unclaimed = ⏰ Masih belum diambil: { $ref } (kritis, masuk { $age })
desk-digest-title = 📋 Banyak kasus baru sekaligus. Satu baris per kasus sampai kartunya sendiri menyusul; ketuk kasus untuk memasang kartunya sekarang.
desk-digest-card-below = kartu di bawah
desk-digest-ans-posted = Kartunya sudah dipasang di bawah.
desk-digest-ans-below = Kartunya sudah ada di obrolan.
desk-digest-ans-coming = Kartunya sedang dipasang.
desk-person-exited = Kasus { $ref }: orang ini memakai fitur keluar cepat dan chat-nya sudah dihapus. Mungkin ada yang mengawasi HP-nya. Pesan untuknya ditahan sampai ia menulis lagi.
desk-relay-prefix = Pesan dari tim:
desk-person-ack = Terima kasih, semua sudah diterima.
desk-person-text-only = Tolong tulis pesan kamu dalam bentuk teks.

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = penipuan
desk-contact-waits = balasan menunggu sampai mereka menulis
desk-contact-open-now = terbuka sekarang
desk-contact-opens-minutes = buka dalam { $n } mnt
desk-contact-opens-hours = buka dalam { $n } jam
desk-contact-their-time = { $hours } waktu mereka ({ $zone })
desk-contact-your-time = { $hours } waktu Anda ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, sama dengan Anda)
desk-refused-taken = { $name } sudah mengambil kasus ini.
