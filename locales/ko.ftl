# review: machine-drafted
# Korean (한국어). Machine-drafted: a native speaker must review this file before it is marked reviewed. 한국어 원어민이 검토한 뒤에 첫 줄을 "# review: reviewed"로 바꿔 주세요.
# 읽는 사람: 사기 범죄단지에 붙잡혀 있는 사람. 겁에 질려 있고, 휴대폰을 관리자가 검사할 수 있음.
#   • 짧은 문장, 쉬운 말, 한 줄에 한 가지만.
#   • 모든 메시지의 첫 줄은 알림 미리보기에 떠도 괜찮아야 함: "인신매매", "구출", "탈출", "경찰"을 쓰지 않기.
#   • 버튼 글자는 40자 이하.
#   • 구출이나 시간을 약속하지 않기.
# 키 이름 규칙은 locales/en.ftl 맨 위를 보세요.

## Language and quick exit (src/i18n, src/safety)

language-name = 한국어
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = 종료, 나가기

## Flow engine (src/flow/engine)

btn-done = 완료
btn-change = 수정
selected-mark = ✓
reask-use-buttons = 위에 있는 버튼 중 하나를 눌러 주세요.
reask-too-long = 조금 길어요. { $max }자 이내로 써 주세요.
reask-not-a-number = 숫자만 써 주세요. 예: 5000
reask-out-of-range = { $min }에서 { $max } 사이의 숫자를 써 주세요.
reask-unsupported = 죄송해요. 이런 메시지는 읽을 수 없어요. 버튼을 누르거나 짧게 글로 써 주세요.
reask-stale-button = 그 버튼은 이전 질문의 버튼이에요. 가장 최근 질문에 답해 주세요.
reask-empty = 아직 답이 없어요. 하나 이상 고르거나 짧게 글로 써 주세요.
summary-title = 내 답변:
summary-unknown = 잘 모름
summary-skipped = 답하지 않음
summary-pick-change = 어떤 답변을 바꿀까요?

## Shared buttons and lines

opt-no = 아니요
opt-dont-know = 모르겠어요
opt-skip = 건너뛰기
opt-prefer-not = 말하고 싶지 않아요
opt-other-country = 다른 나라
hint-choose-all = 여러 개를 고를 수 있어요. 다 고른 뒤 '완료'를 눌러 주세요.

## Person side (src/bot, src/flow/service.ts)

welcome =
    안녕하세요. 이곳은 비공개 대화방이에요.
    저희는 일을 그만두지 못하거나, 붙잡혀 있는 곳에서 나오지 못하는 사람들을 돕는 작은 팀이에요. 아래에서 언어를 고를 수 있어요.
    '종료'라고만 보내면 이 대화가 지워져요. 2일이 지난 메시지는 대화방을 직접 삭제해야 지워져요.
language-pick = 어떤 언어로 할까요?
help-text =
    안녕하세요. 이런 명령어를 보낼 수 있어요:
    /new — 질문을 처음부터 다시 시작
    /ref — 번호를 1분 동안 보여 줘요
    /language — 언어 바꾸기
    /discreet — 답할 때마다 질문 지우기 (켜기/끄기)
    /erase — 내 답변과 이 대화 지우기
    종료 — 이 대화 지우기 (최근 2일)
erase-done = 완료됐어요. 답변을 지웠어요. 2일이 지난 메시지는 대화방을 직접 삭제해야 지워져요.
discreet-on = 알겠어요. 이제 답할 때마다 질문과 답변이 지워져요.
discreet-off = 알겠어요. 이제 질문과 답변이 대화방에 남아요. 다시 지우려면 /discreet 를 보내 주세요.
error-try-again = 죄송해요. 저희 쪽에 문제가 생겼어요. 잠시 후에 다시 보내 주세요.
error-delay = 죄송해요. 저희 쪽 처리가 조금 늦어지고 있어요. 보내 주신 메시지는 잘 받았으니 다시 보내지 않아도 돼요.
flow-restarted = 죄송합니다. 답하시는 동안 질문이 바뀌어서 첫 질문부터 다시 시작해야 합니다. 아직 저희 팀에 보내진 것은 없습니다.
flood-notice = 조금만 천천히 보내 주세요. 몇 초 기다린 뒤 계속해 주세요.
case-open-info = 감사합니다. 모두 받았습니다. 언제든지 여기에 쓰실 수 있어요.

## Triage flow (flows/triage.yaml)

q-safe-now = 안녕하세요. 지금 메시지를 몇 개 보내도 괜찮으세요?
hint-safe-now = 아무도 휴대폰을 볼 수 없을 때만 계속해 주세요. 언제든지 멈춰도 돼요.
opt-safe-now-yes = 네, 지금 괜찮아요
opt-safe-now-not-now = 지금은 안 돼요

end-later =
    알겠어요. 괜찮을 때 여기에 아무 메시지나 보내 주세요. 그러면 다시 시작할게요.
    '종료'라고만 보내면 이 대화가 지워져요. 2일이 지난 메시지는 대화방을 직접 삭제해야 지워져요.

q-danger = 지금 이 중에 해당하는 게 있나요?
opt-danger-hurt-now = 지금 누가 저를 해치고 있어요
opt-danger-injured = 다쳤어요
opt-danger-doctor = 의사가 필요해요
opt-danger-self-harm = 스스로를 해치고 싶은 생각이 들어요
opt-danger-none = 해당 없음

q-self-harm-note =
    말해 줘서 고마워요.
    지금 느끼는 마음은 소중해요. 혼자가 아니에요. 저희 팀 담당자가 직접, 가장 먼저 답변을 읽을 거예요.
    질문이 다 끝난 뒤에도 언제든지 저희에게 글을 보낼 수 있어요.

q-country = 지금 어느 나라에 있나요?

q-province = 어느 주나 도시에 있나요?
hint-province = 하나를 눌러 주세요. 목록에 없으면 이름을 써 주세요.

q-compound = 지금 있는 단지나 건물의 이름을 아나요?
hint-compound = 하나를 누르거나, 들어 본 이름을 써 주세요. 회사 이름도 도움이 돼요.

q-location = 위치를 보낼 수 있나요?
hint-location =
    위치를 보내면 이 휴대폰이 정확히 어디 있는지 보여요.
    아무도 휴대폰을 볼 수 없을 때만 보내 주세요. 잘 모르겠으면 '건너뛰기'를 눌러 주세요.

q-surroundings = 주변에 무엇이 보이나요?
hint-surroundings = 예: 바다, 강, 카지노, 간판, 가게, 높은 건물, 지금 몇 층에 있는지. 들어 본 이름도 도움이 돼요. 아니면 '건너뛰기'를 눌러 주세요.

q-situation = 지금 어떤 상황인가요?
hint-more-details = 감사합니다. 자세한 내용이 있으면 좋지만, 언제든지 그만두셔도 됩니다.
opt-situation-inside = 단지 안에 있어요
opt-situation-escaped = 밖으로 나왔어요
opt-situation-moved = 다른 곳으로 옮겨졌어요
opt-situation-other = 다른 상황이에요

q-passport = 여권은 어디에 있나요?
opt-passport-with-me = 제가 갖고 있어요
opt-passport-taken = 회사나 관리자가 가져갔어요
opt-passport-lost = 잃어버렸어요

q-phone = 이 휴대폰은 누구 것인가요?
opt-phone-own = 제 휴대폰이에요
opt-phone-company = 회사에서 받은 거예요

q-restraint = 원하면 그곳에서 나갈 수 있나요?
opt-restraint-free = 네, 나갈 수 있어요
opt-restraint-guarded = 아니요, 지키는 사람이 있어요
opt-restraint-locked-in = 아니요, 갇혀 있어요
opt-restraint-tied = 묶여 있거나 쇠사슬에 매여 있어요

q-violence = 그곳에서 이런 일을 당한 적이 있나요?
opt-violence-beaten = 맞거나 발로 차임
opt-violence-shocks = 전기 충격
opt-violence-threats = 나나 가족에 대한 협박
opt-violence-sold = 나를 팔아넘기겠다는 말
opt-violence-sexual = 성폭력이나 강제 성관계
opt-violence-food-sleep = 밥을 안 주거나 못 자게 함
opt-violence-long-hours = 아주 긴 시간 일을 시킴
opt-violence-unpaid = 월급을 못 받음
opt-violence-false-job = 약속한 일이 아니었음
opt-violence-none = 해당 없음

q-money = 나가려면 돈을 내라고 하나요?
opt-money-ransom = 네, 돈을 내야 풀어 준대요
opt-money-debt = 네, '빚'이나 '위약금'을 갚으래요

q-amount = 얼마를 내라고 하나요? 미국 달러로 알려 주세요.
hint-amount = 숫자만 써 주세요. 예: 8000. 대략적인 금액도 괜찮아요.

q-nationality = 국적이 어디인가요?

q-minor = 만 18세 미만인가요?
opt-minor-yes = 네, 만 18세 미만이에요
opt-minor-no = 아니요, 만 18세 이상이에요

q-others = 같은 처지의 사람이 함께 몇 명 더 있나요?
hint-others = 대략적인 숫자도 괜찮아요. 혼자라면 0이라고 써 주세요.

q-contact = 저희가 언제 연락하면 안전한가요?
opt-contact-i-write-first = 제가 먼저 연락할 때만
opt-contact-hours = 정해진 시간에만
opt-contact-any-time = 언제든지 괜찮아요

q-hours = 보통 어느 시간이 안전한가요?
hint-hours = 지금 있는 곳의 시간 기준이에요. 여러 개를 고를 수 있어요. 다 고른 뒤 '완료'를 눌러 주세요.
opt-hours-early = 이른 아침 (5–8시)
opt-hours-morning = 오전 (8–12시)
opt-hours-midday = 점심 (12–14시)
opt-hours-evening = 저녁 (18–22시)
opt-hours-late-night = 늦은 밤 (22–3시)
opt-hours-daytime = 낮 (8–18시)
opt-hours-night = 밤 (20–6시)

q-consent = 답변 내용을 누구에게 알려도 될까요?
hint-consent = 그곳에서 나와 집에 돌아가도록 도울 수 있는 사람들이에요. 꼭 필요한 내용만 전해요. 나중에 마음이 바뀌어도 괜찮아요.
opt-consent-embassy-ngo = 우리나라 대사관과 지원 단체
opt-consent-ngo-only = 지원 단체(NGO)만
opt-consent-embassy-only = 우리나라 대사관만
opt-consent-hotline-only = 다른 곳은 안 돼요, 여기만

q-notes = 그 밖에 저희에게 알려 주고 싶은 것이 있나요?

q-summary = 답변을 확인해 주세요.
opt-summary-send = 네, 보낼게요
opt-summary-change = 답변 수정하기

end-sent = 감사합니다. 모두 받았습니다.

## Case reference (sent by the bot after end-sent)

case-reference = 접수 번호: { $ref }. 다시 연락할 때 이 번호를 알려 주시면 돼요.

## Short names of answers (summary, change buttons, cards)

field-safe-now = 지금 괜찮은지
field-danger = 지금의 위험
field-country = 나라
field-province = 주 또는 도시
field-compound = 단지나 건물
field-location = 위치
field-surroundings = 주변 모습
field-situation = 지금 상황
field-passport = 여권
field-phone = 휴대폰
field-restraint = 나갈 수 있는지
field-violence = 폭력과 협박
field-ransom = 돈 요구
field-ransom-amount = 금액
field-nationality = 국적
field-minor = 만 18세 미만
field-others-count = 함께 있는 사람 수
field-contact-window = 연락해도 되는 때
field-contact-hours = 안전한 시간
field-consent = 알려도 되는 곳
field-notes = 그 밖의 내용

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = 긴급
desk-tier-high = 높음
desk-tier-normal = 보통
desk-card-ref = 케이스 { $ref }
desk-card-possible-repeat = ⚠️ 중복 가능: 이 케이스의 이전 카드가 위에 있을 수 있습니다. 최신 카드를 사용하세요.
desk-card-language = 언어: { $lang }
desk-age-now = 방금
desk-age-minutes = { $n }분 전
desk-age-hours = { $n }시간 전
desk-age-days = { $n }일 전
desk-status-open = 열림 · 아직 담당자 없음
desk-status-claimed = 담당: { $name }
desk-status-resolved = 종결: { $outcome }
desk-status-withdrawn = 본인이 철회함
desk-card-withdrawn = 케이스 { $ref }: 본인이 철회했습니다. 답변은 삭제되었습니다.
desk-escalated = 우선순위 상향: { $reason }
desk-outcome-rescued = 구출됨
desk-outcome-referred-embassy = 대사관에 연계
desk-outcome-referred-ngo = NGO에 연계
desk-outcome-referred-police = 경찰에 연계
desk-outcome-unreachable = 연락 안 됨
desk-outcome-duplicate = 중복
desk-outcome-withdrawn = 본인 철회
desk-escalate-worse-now = 상황 악화
desk-escalate-minor-confirmed = 미성년자 확인
desk-escalate-medical = 의료 필요
desk-escalate-moved-sold = 이동 또는 매매됨
desk-escalate-other = 기타 사유
desk-unknown = 알 수 없음
desk-none = 없음
desk-field-where = 위치
desk-field-pin = 위치 핀
desk-osm-link = 지도
desk-nearest = 가장 가까운 알려진 단지: { $name } ({ $km } km)
desk-compound-reports = { $days }일 동안 이 단지에서 온 { $n }번째 신고
desk-dashboard-link = 대시보드 로그인 링크: 1회용, { $minutes }분간 유효. 전달하지 마세요.
desk-dashboard-sent = 로그인 링크를 개인 채팅으로 보냈습니다.
desk-dashboard-no-private = 먼저 봇과 개인 채팅을 연 다음 /dashboard 를 다시 보내세요.
desk-field-surroundings = 주변 환경
desk-field-situation = 상황
desk-field-danger = 현재 위험
desk-field-passport = 여권
desk-field-phone = 휴대폰
desk-field-restraint = 나갈 수 있는지
desk-field-violence = 폭력
desk-field-ransom = 금전 요구
desk-amount-usd = { $amount } USD
desk-field-nationality = 국적
desk-field-minor = 만 18세 미만
desk-field-others = 함께 있는 사람 수
desk-field-indicators = 강제노동 지표
desk-field-contact = 안전한 연락
desk-field-consent = 정보 공유 동의
desk-field-notes = 메모
desk-field-other-answers = 기타 답변
flag-minor = 미성년자
flag-injured = 부상
flag-needs-medical = 의사 필요
flag-in-danger-now = 현재 위험
flag-self-harm-risk = 자해 위험
flag-physically-restrained = 결박 또는 쇠사슬
flag-locked-in = 감금
flag-guarded = 감시당함
flag-passport-retained = 여권 압수
flag-electric-shocks = 전기 충격
flag-beaten = 폭행
flag-sexual-abuse = 성폭력
flag-threatened = 협박
flag-threat-of-sale = 매매 위협
flag-ransom-demanded = 몸값 요구
flag-debt-demanded = '빚' 요구
flag-food-sleep-withheld = 식사·수면 박탈
indicator-abuse-of-vulnerability = 취약성 악용
indicator-restriction-of-movement = 이동의 제한
indicator-isolation = 고립
indicator-physical-and-sexual-violence = 신체적·성적 폭력
indicator-intimidation-and-threats = 협박과 위협
indicator-retention-of-identity-documents = 신분증 압수
indicator-withholding-of-wages = 임금 미지급
indicator-debt-bondage = 채무 노예
indicator-abusive-working-and-living-conditions = 열악한 근로 및 생활 환경
indicator-excessive-overtime = 과도한 초과 근무
desk-btn-claim = ✋ 담당하기
desk-btn-release = ↩️ 담당 해제
desk-btn-escalate = ⬆️ 우선순위 상향
desk-btn-resolve = ✅ 종결
desk-btn-back = ← 뒤로
desk-ans-claimed = 담당했습니다. 이제 내 케이스입니다.
desk-ans-released = 담당을 해제했습니다.
desk-ans-escalated = 우선순위를 높였습니다.
desk-ans-resolved = 종결했습니다.
desk-refused-not-allowed = 허용 목록에 있는 코디네이터만 할 수 있습니다.
desk-refused-expired = 만료된 버튼입니다. 카드를 새로 고쳤습니다.
desk-refused-stale = 오래된 카드입니다. 새로 고쳤으니 다시 확인해 주세요.
desk-refused-illegal = 현재 케이스 상태에서는 할 수 없는 작업입니다.
desk-refused-not-owner = 이 케이스를 담당한 코디네이터만 할 수 있습니다.
desk-refused-not-found = 더 이상 없는 케이스입니다.
desk-queue-title = 열린 케이스 ({ $count }건), 긴급한 순서:
desk-queue-empty = 열린 케이스가 없습니다.
desk-list-more = … 열린 케이스가 더 있습니다. 일부를 담당하거나 종결하면 보입니다.
desk-mine-title = 내가 담당한 케이스 ({ $count }건):
desk-mine-empty = 담당한 케이스가 없습니다.
desk-case-usage = 사용법: /case 번호 (예: /case ABCD-1234)
desk-case-unknown = 그런 케이스가 없습니다: { $ref }
desk-reply-usage = 사용법: /reply 번호 메시지 — 또는 케이스 카드에 답장하세요.
desk-relay-delivered = 케이스 { $ref } 당사자에게 전달했습니다.
desk-relay-held = 보류됨: 당사자가 안전하게 연락받을 수 있는 시간이 아닙니다. 그 시간이 되면 전송됩니다.
desk-relay-not-claimed = 먼저 케이스 { $ref } 담당을 맡은 뒤 당사자에게 글을 보내세요.
desk-relay-not-owner = 케이스 { $ref } 담당 코디네이터만 당사자에게 글을 보낼 수 있습니다.
desk-relay-text-only = 당사자에게는 텍스트만 전달할 수 있습니다. 메시지로 써 주세요.
desk-relay-blocked = 전달되지 않음: 케이스 { $ref } 당사자가 이 대화를 차단했거나 계정을 삭제했습니다.
desk-held-delivered = 보류된 메시지 { $count }개를 케이스 { $ref } 당사자에게 전달했습니다.
desk-held-dropped-refused = 케이스 { $ref } 당사자에게 보류된 메시지 { $count }개가 삭제되었습니다: Telegram이 거부했습니다. 다시 작성해 주세요.
desk-relay-partial = 메시지가 케이스 { $ref } 당사자에게 모두 전달되지 않았습니다: { $total }개 중 { $sent }개를 보낸 뒤 Telegram이 거부했습니다. 나머지를 다시 보내 주세요.
desk-held-dropped-blocked = 케이스 { $ref } 당사자에게 보류된 메시지 { $count }개를 폐기했습니다: 당사자가 이 대화를 차단했거나 계정을 삭제했습니다.
desk-from-person = { $ref } · 당사자 [{ $lang }]:
desk-still-unclaimed = ⏰ 아직 담당자 없음: { $ref } (긴급, { $age } 접수)
desk-digest-title = 📋 새 케이스가 한꺼번에 많이 들어왔습니다. 각 케이스의 카드가 올라올 때까지 한 줄씩 보여 줍니다. 케이스를 누르면 지금 카드를 올립니다.
desk-digest-card-below = 카드는 아래에
desk-digest-ans-posted = 카드를 아래에 올렸습니다.
desk-digest-ans-below = 카드가 이미 채팅에 있습니다.
desk-digest-ans-coming = 카드를 올리는 중입니다.
desk-person-exited = 케이스 { $ref }: 당사자가 빠른 나가기를 사용해 대화가 지워졌습니다. 누군가 휴대폰을 보고 있을 수 있습니다. 당사자에게 보내는 메시지는 다시 연락이 올 때까지 보류됩니다.
desk-relay-prefix = 팀에서 보낸 메시지:
desk-person-ack = 감사합니다. 모두 받았습니다.
desk-person-text-only = 메시지는 글로 써 주세요.

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = 기만
desk-contact-waits = 본인이 먼저 쓸 때까지 답장 보류
desk-contact-open-now = 지금 연락 가능
desk-contact-opens-minutes = { $n }분 후 가능
desk-contact-opens-hours = { $n }시간 후 가능
desk-contact-their-time = { $hours } 본인 시간 ({ $zone })
desk-contact-your-time = { $hours } 내 시간 ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, 같은 시간대)
desk-refused-taken = { $name } 님이 이미 이 사건을 맡았습니다.
