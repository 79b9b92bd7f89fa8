# review: machine-drafted
# Vietnamese (Tiếng Việt). Machine-drafted: a native speaker must review this file before it is marked reviewed. Cần người bản ngữ tiếng Việt đọc lại rồi mới đổi dòng đầu thành "# review: reviewed".
# Người đọc: người bị giữ trong các "công ty", đặc khu lừa đảo; thường đang sợ, điện thoại có thể bị sếp kiểm tra.
#   • Câu ngắn, lời nói hằng ngày, mỗi dòng một ý.
#   • Dòng đầu của mỗi tin nhắn phải vô hại khi hiện trên thông báo: không có "buôn người", "giải cứu", "trốn thoát", "công an", "cảnh sát".
#   • Chữ trên nút: tối đa 40 ký tự.
#   • Không hứa giải cứu, không hứa thời gian.
# Quy tắc đặt tên khóa: xem đầu tệp locales/en.ftl.

## Language and quick exit (src/i18n, src/safety)

language-name = Tiếng Việt
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = thoát, thoat

## Flow engine (src/flow/engine)

btn-done = Xong
btn-change = Sửa
selected-mark = ✓
reask-use-buttons = Vui lòng bấm một nút ở trên.
reask-too-long = Hơi dài một chút. Vui lòng viết dưới { $max } ký tự.
reask-not-a-number = Vui lòng chỉ viết số, ví dụ 5000.
reask-out-of-range = Vui lòng viết một số từ { $min } đến { $max }.
reask-unsupported = Xin lỗi, chúng tôi không đọc được loại tin nhắn này. Vui lòng bấm nút hoặc viết vài chữ.
reask-stale-button = Nút đó là của câu hỏi trước. Vui lòng trả lời câu hỏi mới nhất.
reask-empty = Chưa có câu trả lời. Vui lòng chọn ít nhất một mục, hoặc viết vài chữ.
summary-title = Câu trả lời của bạn:
summary-unknown = không chắc
summary-skipped = chưa trả lời
summary-pick-change = Bạn muốn sửa câu trả lời nào?

## Shared buttons and lines

opt-no = Không
opt-dont-know = Tôi không biết
opt-skip = Bỏ qua
opt-prefer-not = Tôi không muốn nói
opt-other-country = Nước khác
hint-choose-all = Bạn có thể chọn nhiều mục. Chọn xong thì bấm Xong.

## Person side (src/bot, src/flow/service.ts)

welcome =
    Xin chào. Đây là cuộc trò chuyện riêng.
    Chúng tôi là một nhóm nhỏ, giúp những người không thể nghỉ việc, hoặc không thể rời khỏi nơi họ bị giữ. Bạn có thể chọn ngôn ngữ ở bên dưới.
    Muốn xóa cuộc trò chuyện này, chỉ cần gửi đúng một chữ: thoát
    Tin nhắn cũ hơn 2 ngày chỉ mất khi bạn tự xóa cuộc trò chuyện.
language-pick = Bạn muốn dùng ngôn ngữ nào?
help-text =
    Xin chào. Bạn có thể gửi những lệnh này:
    /new — bắt đầu lại các câu hỏi
    /ref — xem mã số của bạn trong một phút
    /language — đổi ngôn ngữ
    /discreet — xóa từng câu hỏi sau khi bạn trả lời (bật hoặc tắt)
    /erase — xóa câu trả lời của bạn và cuộc trò chuyện này
    thoát — xóa cuộc trò chuyện này (2 ngày gần nhất)
erase-done = Xong. Câu trả lời của bạn đã được xóa. Tin nhắn cũ hơn 2 ngày chỉ mất khi bạn tự xóa cuộc trò chuyện.
discreet-on = Được rồi. Mỗi câu hỏi và câu trả lời của bạn sẽ bị xóa ngay sau khi bạn trả lời.
discreet-off = Được rồi. Từ giờ câu hỏi và câu trả lời sẽ được giữ lại trong cuộc trò chuyện. Gửi /discreet để bật xóa lại.
error-try-again = Xin lỗi, bên chúng tôi bị lỗi. Vui lòng đợi một lát rồi gửi lại.
error-delay = Xin lỗi, bên chúng tôi đang chậm một chút. Tin nhắn của bạn không bị mất, bạn không cần gửi lại.
flow-restarted = Xin lỗi, câu hỏi của chúng tôi đã thay đổi trong lúc bạn trả lời, nên cần bắt đầu lại từ câu hỏi đầu tiên. Chưa có gì được gửi đến nhóm của chúng tôi.
flood-notice = Vui lòng chậm lại một chút. Đợi vài giây rồi tiếp tục.
case-open-info = Cảm ơn, đã nhận đủ. Bạn có thể viết ở đây bất cứ lúc nào.

## Triage flow (flows/triage.yaml)

q-safe-now = Xin chào. Bây giờ bạn nhắn vài tin có tiện không?
hint-safe-now = Chỉ tiếp tục khi không ai nhìn thấy điện thoại của bạn. Bạn có thể dừng bất cứ lúc nào.
opt-safe-now-yes = Được, tôi nhắn được
opt-safe-now-not-now = Bây giờ chưa được

end-later =
    Được rồi. Khi nào tiện, bạn cứ nhắn bất kỳ tin nào vào đây, chúng ta sẽ bắt đầu lại.
    Muốn xóa cuộc trò chuyện này, chỉ cần gửi đúng một chữ: thoát
    Tin nhắn cũ hơn 2 ngày chỉ mất khi bạn tự xóa cuộc trò chuyện.

q-danger = Bây giờ bạn có gặp điều nào dưới đây không?
opt-danger-hurt-now = Đang có người làm hại tôi
opt-danger-injured = Tôi bị thương
opt-danger-doctor = Tôi cần gặp bác sĩ
opt-danger-self-harm = Tôi muốn tự làm hại mình
opt-danger-none = Không có điều nào

q-self-harm-note =
    Cảm ơn bạn đã nói cho chúng tôi biết.
    Cảm xúc của bạn rất quan trọng, và bạn không hề một mình. Một người thật trong nhóm chúng tôi sẽ đọc câu trả lời của bạn trước tiên.
    Bạn có thể nhắn cho chúng tôi bất cứ lúc nào, kể cả sau khi trả lời xong các câu hỏi này.

q-country = Bây giờ bạn đang ở nước nào?

q-province = Ở tỉnh hay thành phố nào?
hint-province = Bấm chọn một nơi. Nếu không có trong danh sách, hãy viết tên.

q-compound = Bạn có biết tên khu hoặc tòa nhà bạn đang ở không?
hint-compound = Bấm chọn một cái, hoặc viết cái tên bạn đã nghe. Tên công ty cũng có ích.

q-location = Bạn có thể gửi vị trí không?
hint-location =
    Vị trí sẽ cho thấy chính xác điện thoại này đang ở đâu.
    Chỉ gửi khi không ai nhìn thấy điện thoại của bạn. Nếu không chắc, hãy bấm Bỏ qua.

q-surroundings = Xung quanh bạn thấy những gì?
hint-surroundings = Ví dụ: biển, sông, sòng bạc (casino), bảng hiệu, cửa hàng, nhà cao tầng, bạn đang ở tầng mấy. Những cái tên bạn đã nghe cũng có ích. Hoặc bấm Bỏ qua.

q-situation = Điều nào đúng với bạn bây giờ?
hint-more-details = Cảm ơn. Thêm chi tiết sẽ có ích, nhưng bạn có thể dừng bất cứ lúc nào.
opt-situation-inside = Tôi vẫn ở trong khu đó
opt-situation-escaped = Tôi đã ra ngoài được
opt-situation-moved = Tôi bị chuyển sang nơi khác
opt-situation-other = Chuyện khác

q-passport = Hộ chiếu của bạn đang ở đâu?
opt-passport-with-me = Tôi đang giữ
opt-passport-taken = Công ty/sếp đã lấy giữ
opt-passport-lost = Bị mất rồi

q-phone = Điện thoại này là của ai?
opt-phone-own = Điện thoại của tôi
opt-phone-company = Công ty đưa cho tôi

q-restraint = Nếu muốn, bạn có thể rời khỏi nơi đó không?
opt-restraint-free = Có, tôi đi được
opt-restraint-guarded = Không, có người canh giữ
opt-restraint-locked-in = Không, tôi bị nhốt
opt-restraint-tied = Tôi bị trói hoặc bị xích

q-violence = Ở đó, bạn có gặp chuyện nào dưới đây không?
opt-violence-beaten = Bị đánh hoặc bị đá
opt-violence-shocks = Bị chích điện
opt-violence-threats = Tôi hoặc gia đình bị đe dọa
opt-violence-sold = Họ nói sẽ bán tôi đi
opt-violence-sexual = Bị xâm hại, ép quan hệ tình dục
opt-violence-food-sleep = Không cho ăn, không cho ngủ
opt-violence-long-hours = Bắt làm việc rất nhiều giờ
opt-violence-unpaid = Không được trả lương
opt-violence-false-job = Công việc không như đã hứa
opt-violence-none = Không có điều nào

q-money = Họ có đòi tiền thì mới cho bạn đi không?
opt-money-ransom = Có, đòi tiền mới thả
opt-money-debt = Có, bắt trả "nợ"/"đền hợp đồng"

q-amount = Họ đòi bao nhiêu tiền, tính bằng đô la Mỹ (USD)?
hint-amount = Chỉ viết số, ví dụ 8000. Số gần đúng cũng được.

q-nationality = Bạn là người nước nào?

q-minor = Bạn có dưới 18 tuổi không?
opt-minor-yes = Có, tôi dưới 18 tuổi
opt-minor-no = Không, tôi đủ 18 tuổi

q-others = Có bao nhiêu người khác đang ở cùng bạn, trong hoàn cảnh giống bạn?
hint-others = Số gần đúng cũng được. Nếu chỉ có một mình, hãy viết 0.

q-contact = Khi nào chúng tôi nhắn cho bạn thì an toàn?
opt-contact-i-write-first = Chỉ sau khi tôi nhắn trước
opt-contact-hours = Chỉ vào một số giờ
opt-contact-any-time = Lúc nào cũng được

q-hours = Thường thì giờ nào an toàn?
hint-hours = Theo giờ ở nơi bạn đang ở. Bạn có thể chọn nhiều mục. Chọn xong thì bấm Xong.
opt-hours-early = Sáng sớm (5–8 giờ)
opt-hours-morning = Buổi sáng (8–12 giờ)
opt-hours-midday = Buổi trưa (12–14 giờ)
opt-hours-evening = Buổi tối (18–22 giờ)
opt-hours-late-night = Đêm khuya (22–3 giờ)
opt-hours-daytime = Ban ngày (8–18 giờ)
opt-hours-night = Ban đêm (20–6 giờ)

q-consent = Chúng tôi được chia sẻ câu trả lời của bạn với ai?
hint-consent = Đây là những người có thể giúp bạn ra ngoài và về nhà. Chúng tôi chỉ chia sẻ những gì họ cần biết. Sau này bạn vẫn có thể đổi ý.
opt-consent-embassy-ngo = Đại sứ quán và tổ chức hỗ trợ
opt-consent-ngo-only = Chỉ tổ chức hỗ trợ (NGO)
opt-consent-embassy-only = Chỉ đại sứ quán nước tôi
opt-consent-hotline-only = Không ai khác, chỉ các bạn

q-notes = Bạn còn muốn cho chúng tôi biết điều gì nữa không?

q-summary = Vui lòng xem lại câu trả lời của bạn.
opt-summary-send = Đúng rồi, gửi đi
opt-summary-change = Sửa một câu trả lời

end-sent = Cảm ơn, đã nhận đủ.

## Case reference (sent by the bot after end-sent)

case-reference = Mã số của bạn: { $ref }. Khi nhắn lại cho chúng tôi, bạn có thể đưa mã số này.

## Short names of answers (summary, change buttons, cards)

field-safe-now = Có tiện nhắn không
field-danger = Nguy hiểm lúc này
field-country = Nước
field-province = Tỉnh hoặc thành phố
field-compound = Khu hoặc tòa nhà
field-location = Vị trí
field-surroundings = Xung quanh
field-situation = Tình hình hiện tại
field-passport = Hộ chiếu
field-phone = Điện thoại
field-restraint = Có đi được không
field-violence = Bạo lực và đe dọa
field-ransom = Đòi tiền
field-ransom-amount = Số tiền
field-nationality = Quốc tịch
field-minor = Dưới 18 tuổi
field-others-count = Số người ở cùng
field-contact-window = Khi nào liên lạc
field-contact-hours = Giờ an toàn
field-consent = Được chia sẻ với ai
field-notes = Điều khác

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = KHẨN CẤP
desk-tier-high = CAO
desk-tier-normal = BÌNH THƯỜNG
desk-card-ref = Hồ sơ { $ref }
desk-card-possible-repeat = ⚠️ Có thể trùng: phía trên có thể có thẻ cũ của hồ sơ này; hãy dùng thẻ mới nhất.
desk-card-language = ngôn ngữ: { $lang }
desk-age-now = vừa xong
desk-age-minutes = { $n } phút trước
desk-age-hours = { $n } giờ trước
desk-age-days = { $n } ngày trước
desk-status-open = Đang mở · chưa có người nhận
desk-status-claimed = Do { $name } phụ trách
desk-status-resolved = Đã đóng: { $outcome }
desk-status-withdrawn = Người gửi đã rút lại
desk-card-withdrawn = Hồ sơ { $ref } đã được người gửi rút lại. Các câu trả lời đã bị xóa.
desk-escalated = Đã nâng mức ưu tiên: { $reason }
desk-outcome-rescued = Đã được giải cứu
desk-outcome-referred-embassy = Đã chuyển cho đại sứ quán
desk-outcome-referred-ngo = Đã chuyển cho tổ chức NGO
desk-outcome-referred-police = Đã chuyển cho cảnh sát
desk-outcome-unreachable = Không liên lạc được
desk-outcome-duplicate = Trùng lặp
desk-outcome-withdrawn = Người gửi đã rút lại
desk-escalate-worse-now = Tình hình xấu đi
desk-escalate-minor-confirmed = Xác nhận dưới 18 tuổi
desk-escalate-medical = Cần chăm sóc y tế
desk-escalate-moved-sold = Bị chuyển đi hoặc bị bán
desk-escalate-other = Lý do khác
desk-unknown = không rõ
desk-none = không có
desk-field-where = Nơi ở
desk-field-pin = Vị trí ghim
desk-osm-link = bản đồ
desk-nearest = khu đã biết gần nhất: { $name } ({ $km } km)
desk-compound-reports = Báo cáo thứ { $n } từ khu này trong { $days } ngày
desk-dashboard-link = Liên kết đăng nhập bảng điều khiển: dùng một lần, hiệu lực { $minutes } phút. Đừng chuyển tiếp.
desk-dashboard-sent = Đã gửi liên kết đăng nhập cho bạn qua tin nhắn riêng.
desk-dashboard-no-private = Hãy mở trò chuyện riêng với bot trước, rồi gửi lại /dashboard.
desk-field-surroundings = Xung quanh
desk-field-situation = Tình hình
desk-field-danger = Nguy hiểm hiện tại
desk-field-passport = Hộ chiếu
desk-field-phone = Điện thoại
desk-field-restraint = Có thể rời đi
desk-field-violence = Bạo lực
desk-field-ransom = Bị đòi tiền
desk-amount-usd = { $amount } USD
desk-field-nationality = Quốc tịch
desk-field-minor = Dưới 18 tuổi
desk-field-others = Số người cùng hoàn cảnh
desk-field-indicators = Dấu hiệu lao động cưỡng bức
desk-field-contact = Liên lạc an toàn
desk-field-consent = Đồng ý chia sẻ
desk-field-notes = Ghi chú
desk-field-other-answers = Câu trả lời khác
flag-minor = dưới 18 tuổi
flag-injured = bị thương
flag-needs-medical = cần bác sĩ
flag-in-danger-now = đang gặp nguy hiểm
flag-self-harm-risk = nguy cơ tự hại
flag-physically-restrained = bị trói hoặc xích
flag-locked-in = bị nhốt
flag-guarded = bị canh giữ
flag-passport-retained = bị giữ hộ chiếu
flag-electric-shocks = bị chích điện
flag-beaten = bị đánh
flag-sexual-abuse = bị xâm hại tình dục
flag-threatened = bị đe dọa
flag-threat-of-sale = bị dọa bán
flag-ransom-demanded = bị đòi tiền chuộc
flag-debt-demanded = bị đòi "nợ"
flag-food-sleep-withheld = bị bỏ đói hoặc không cho ngủ
indicator-abuse-of-vulnerability = lợi dụng tình trạng dễ bị tổn thương
indicator-restriction-of-movement = hạn chế đi lại
indicator-isolation = cô lập
indicator-physical-and-sexual-violence = bạo lực thể chất và tình dục
indicator-intimidation-and-threats = đe dọa và uy hiếp
indicator-retention-of-identity-documents = giữ giấy tờ tùy thân
indicator-withholding-of-wages = giữ lương, không trả lương
indicator-debt-bondage = lao động gán nợ
indicator-abusive-working-and-living-conditions = điều kiện làm việc và sinh hoạt ngược đãi
indicator-excessive-overtime = làm thêm giờ quá mức
desk-btn-claim = ✋ Nhận
desk-btn-release = ↩️ Trả lại
desk-btn-escalate = ⬆️ Nâng ưu tiên
desk-btn-resolve = ✅ Đóng hồ sơ
desk-btn-back = ← Quay lại
desk-ans-claimed = Đã nhận. Hồ sơ này giờ do bạn phụ trách.
desk-ans-released = Đã trả lại.
desk-ans-escalated = Đã nâng mức ưu tiên.
desk-ans-resolved = Đã đóng hồ sơ.
desk-refused-not-allowed = Chỉ điều phối viên có trong danh sách cho phép mới làm được việc này.
desk-refused-expired = Nút này đã hết hạn. Thẻ đã được làm mới.
desk-refused-stale = Thẻ này đã cũ và vừa được làm mới; vui lòng xem lại.
desk-refused-illegal = Không thể làm việc này ở trạng thái hiện tại của hồ sơ.
desk-refused-not-owner = Chỉ điều phối viên đã nhận hồ sơ này mới làm được việc đó.
desk-refused-not-found = Hồ sơ này không còn nữa.
desk-queue-title = Hồ sơ đang mở ({ $count }), khẩn cấp nhất ở trên:
desk-queue-empty = Không có hồ sơ nào đang mở.
desk-list-more = … còn hồ sơ đang mở khác; hãy nhận hoặc đóng bớt để thấy chúng.
desk-mine-title = Hồ sơ bạn đã nhận ({ $count }):
desk-mine-empty = Bạn chưa nhận hồ sơ nào.
desk-case-usage = Cách dùng: /case MÃ (ví dụ /case ABCD-1234)
desk-case-unknown = Không có hồ sơ { $ref }.
desk-reply-usage = Cách dùng: /reply MÃ tin nhắn của bạn — hoặc trả lời vào thẻ hồ sơ.
desk-relay-delivered = Đã gửi đến người của hồ sơ { $ref }.
desk-relay-held = Đang giữ lại: chưa đến giờ liên lạc an toàn của người đó. Tin sẽ được gửi khi đến giờ.
desk-relay-not-claimed = Hãy nhận hồ sơ { $ref } trước, rồi mới nhắn cho người đó.
desk-relay-not-owner = Chỉ điều phối viên đã nhận hồ sơ { $ref } mới được nhắn cho người đó.
desk-relay-text-only = Chỉ chuyển được chữ cho người đó. Vui lòng viết thành tin nhắn.
desk-relay-blocked = Không gửi được: người của hồ sơ { $ref } đã chặn cuộc trò chuyện này hoặc đã xóa tài khoản.
desk-held-delivered = Đã gửi { $count } tin nhắn đang giữ đến người của hồ sơ { $ref }.
desk-held-dropped-refused = { $count } tin nhắn đang giữ cho người của hồ sơ { $ref } đã bị bỏ: Telegram từ chối. Vui lòng viết lại.
desk-relay-partial = Tin nhắn của bạn chưa đến hết người của hồ sơ { $ref }: đã gửi { $sent } trên { $total } phần, rồi Telegram từ chối. Vui lòng gửi lại phần còn lại.
desk-held-dropped-blocked = Đã bỏ { $count } tin nhắn đang giữ cho người của hồ sơ { $ref }: người đó đã chặn cuộc trò chuyện này hoặc đã xóa tài khoản.
desk-from-person = { $ref } · người gửi [{ $lang }]:
desk-still-unclaimed = ⏰ Vẫn chưa có người nhận: { $ref } (khẩn cấp, gửi { $age })
desk-digest-title = 📋 Nhiều hồ sơ mới cùng lúc. Mỗi hồ sơ một dòng cho đến khi thẻ của nó được gửi; bấm vào hồ sơ để gửi thẻ ngay.
desk-digest-card-below = thẻ ở bên dưới
desk-digest-ans-posted = Thẻ của hồ sơ đã được gửi bên dưới.
desk-digest-ans-below = Thẻ của hồ sơ đã có trong nhóm.
desk-digest-ans-coming = Đang gửi thẻ của hồ sơ.
desk-person-exited = Hồ sơ { $ref }: người này đã dùng chức năng thoát nhanh và cuộc trò chuyện đã được xóa. Có thể có người đang xem điện thoại của họ. Tin nhắn gửi họ sẽ được giữ lại cho đến khi họ nhắn tin lại.
desk-relay-prefix = Tin nhắn từ nhóm:
desk-person-ack = Cảm ơn, đã nhận đủ.
desk-person-text-only = Vui lòng gửi tin nhắn bằng chữ.

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = lừa dối
desk-contact-waits = trả lời chờ đến khi họ viết
desk-contact-open-now = đang mở
desk-contact-opens-minutes = mở sau { $n } phút
desk-contact-opens-hours = mở sau { $n } giờ
desk-contact-their-time = { $hours } giờ của họ ({ $zone })
desk-contact-your-time = { $hours } giờ của bạn ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, giống bạn)
desk-refused-taken = { $name } đã nhận hồ sơ này.
