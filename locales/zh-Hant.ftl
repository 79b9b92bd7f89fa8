# review: machine-drafted
# Traditional Chinese (繁體中文). Machine-drafted: a native speaker must review this file before it is marked reviewed. 須由以繁體中文為母語的人審閱後，才能把第一行改成「# review: reviewed」。
# 讀者：被困在詐騙園區裡的人（台灣、香港、澳門等地），常常很害怕，手機可能被老闆檢查。
#   • 句子短，用日常口語，一行只說一件事。
#   • 每則訊息的第一行在通知預覽裡必須看起來無害：不要出現「人口販運」「解救」「逃跑」「警察」。
#   • 按鈕文字最多 40 個字元。
#   • 不要承諾解救，也不要承諾時間。
# 鍵名規則見 locales/en.ftl 開頭。

## Language and quick exit (src/i18n, src/safety)

language-name = 繁體中文
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = 退出

## Flow engine (src/flow/engine)

btn-done = 完成
btn-change = 修改
selected-mark = ✓
reask-use-buttons = 請點上面的其中一個按鈕。
reask-too-long = 這段有點長，請寫在 { $max } 個字以內。
reask-not-a-number = 請只寫數字，例如 5000。
reask-out-of-range = 請寫 { $min } 到 { $max } 之間的數字。
reask-unsupported = 抱歉，這種訊息我們沒辦法讀。請點按鈕，或打幾個字。
reask-stale-button = 這個按鈕是前面問題的。請回答最新的問題。
reask-empty = 還沒有回答。請至少選一個，或打幾個字。
summary-title = 你的回答：
summary-unknown = 不確定
summary-skipped = 未回答
summary-pick-change = 你想改哪一個回答？

## Shared buttons and lines

opt-no = 沒有
opt-dont-know = 不知道
opt-skip = 跳過
opt-prefer-not = 不想說
opt-other-country = 其他國家
hint-choose-all = 可以選不只一個。選好後請點「完成」。

## Person side (src/bot, src/flow/service.ts)

welcome =
    你好，這是私人對話。
    我們是一個小團隊，幫助沒辦法離開工作、或被困在某個地方的人。你可以在下面選擇語言。
    只要傳「退出」兩個字，就會清除這段對話。超過 2 天的訊息，需要你自己刪除整個對話。
language-pick = 你想用哪一種語言？
help-text =
    你好。你可以傳這些指令：
    /new — 重新開始回答問題
    /ref — 顯示你的編號（一分鐘）
    /language — 換語言
    /discreet — 每次回答後刪掉問題（開／關）
    /erase — 刪除你的回答和這段對話
    退出 — 清除這段對話（最近 2 天）
erase-done = 好了，你的回答已經刪除。超過 2 天的訊息，需要你自己刪除整個對話。
discreet-on = 好的。你每回答一題，問題和你的回答都會被刪掉。
discreet-off = 好的。問題和回答現在會留在對話裡。想再刪掉的話，請傳 /discreet。
error-try-again = 抱歉，我們這邊出了點問題。請等一下再傳一次。
error-delay = 抱歉，我們這邊稍微有點延遲。你的訊息不會遺失，不需要再傳一次。
flow-restarted = 抱歉，你回答期間我們的問題有了更新，所以需要從第一個問題重新開始。目前還沒有任何內容傳給我們的團隊。
flood-notice = 請慢一點。等幾秒鐘再繼續。
case-open-info = 謝謝，都收到了。你隨時可以在這裡寫。

## Triage flow (flows/triage.yaml)

q-safe-now = 你好。現在方便傳幾則訊息嗎？
hint-safe-now = 請確定沒有人看得到你的手機再繼續。你隨時可以停下來。
opt-safe-now-yes = 方便，現在可以
opt-safe-now-not-now = 現在不方便

end-later =
    好的。等方便的時候，在這裡隨便傳一則訊息，我們就重新開始。
    只要傳「退出」兩個字，就會清除這段對話。超過 2 天的訊息，需要你自己刪除整個對話。

q-danger = 下面這些情況，你現在有遇到嗎？
opt-danger-hurt-now = 現在有人在傷害我
opt-danger-injured = 我受傷了
opt-danger-doctor = 我需要看醫生
opt-danger-self-harm = 我有想傷害自己的念頭
opt-danger-none = 都沒有

q-self-harm-note =
    謝謝你願意告訴我們。
    你的感受很重要，你不是一個人。我們團隊會有真人最先看你的回答。
    回答完這些問題之後，你也隨時可以寫訊息給我們。

q-country = 你現在在哪個國家？

q-province = 在哪個省或城市？
hint-province = 請點一個。如果清單裡沒有，請直接打名字。

q-compound = 你知道園區或大樓的名字嗎？
hint-compound = 請點一個，或打你聽過的名字。公司名字也有幫助。

q-location = 可以傳你的位置給我們嗎？
hint-location =
    位置會清楚顯示這支手機在哪裡。
    只有在沒人看得到你手機的時候才傳。如果不確定，請點「跳過」。

q-surroundings = 你周圍看得到什麼？
hint-surroundings = 例如：海、河、賭場、招牌、商店、高樓、你在幾樓。聽過的名字也有幫助。也可以點「跳過」。

q-situation = 你現在是哪一種情況？
hint-more-details = 謝謝。多一些細節會有用，但你隨時可以停下。
opt-situation-inside = 我還在園區裡面
opt-situation-escaped = 我已經出來了
opt-situation-moved = 我被轉到別的地方
opt-situation-other = 其他情況

q-passport = 你的護照在哪裡？
opt-passport-with-me = 在我自己身上
opt-passport-taken = 被公司或老闆收走了
opt-passport-lost = 弄丟了

q-phone = 這支手機是誰的？
opt-phone-own = 我自己的手機
opt-phone-company = 公司給我的

q-restraint = 如果你想走，可以離開那裡嗎？
opt-restraint-free = 可以，我能離開
opt-restraint-guarded = 不行，有人看守
opt-restraint-locked-in = 不行，我被鎖在裡面
opt-restraint-tied = 我被綁住或被鐵鍊鎖住

q-violence = 你在那裡遇過下面這些事嗎？
opt-violence-beaten = 被打、被踢
opt-violence-shocks = 被電擊
opt-violence-threats = 我或家人被威脅
opt-violence-sold = 他們說要把我賣掉
opt-violence-sexual = 性侵害或被強迫發生性行為
opt-violence-food-sleep = 不給吃飯或不讓睡覺
opt-violence-long-hours = 被逼工作很長時間
opt-violence-unpaid = 沒拿到薪水
opt-violence-false-job = 工作不是當初承諾的
opt-violence-none = 都沒有

q-money = 他們是不是要你先付錢才放你走？
opt-money-ransom = 是，要付錢才放人
opt-money-debt = 是，說我欠他們「債」或要「賠錢」

q-amount = 他們要多少錢？請用美金算。
hint-amount = 只寫數字就好，例如 8000。大概的數字也可以。

q-nationality = 你是哪個國家或地區的人？

q-minor = 你未滿 18 歲嗎？
opt-minor-yes = 是，我未滿 18 歲
opt-minor-no = 不是，我已滿 18 歲

q-others = 跟你在一起、情況一樣的還有幾個人？
hint-others = 大概的數字就可以。如果只有你一個人，請寫 0。

q-contact = 我們什麼時候傳訊息給你比較安全？
opt-contact-i-write-first = 等我先傳訊息再聯絡我
opt-contact-hours = 只在某些時間
opt-contact-any-time = 什麼時候都可以

q-hours = 通常哪些時間比較安全？
hint-hours = 以你當地的時間為準。可以選不只一個，選好後請點「完成」。
opt-hours-early = 清晨（5–8點）
opt-hours-morning = 上午（8–12點）
opt-hours-midday = 中午（12–14點）
opt-hours-evening = 晚上（18–22點）
opt-hours-late-night = 深夜（22–3點）
opt-hours-daytime = 白天（8–18點）
opt-hours-night = 夜間（20–6點）

q-consent = 你的回答可以讓誰知道？
hint-consent = 這些人可以幫你離開、回家。我們只告訴他們需要知道的部分。之後你也可以改變主意。
opt-consent-embassy-ngo = 我國使館／辦事處和救助團體
opt-consent-ngo-only = 只給救助團體（NGO）
opt-consent-embassy-only = 只給我國使館／辦事處
opt-consent-hotline-only = 誰都不給，只有你們知道

q-notes = 還有其他想讓我們知道的事嗎？

q-summary = 請確認一下你的回答。
opt-summary-send = 沒問題，送出
opt-summary-change = 修改回答

end-sent = 謝謝，都收到了。

## Case reference (sent by the bot after end-sent)

case-reference = 你的編號：{ $ref }。之後再聯絡我們時，可以把這個編號告訴我們。

## Short names of answers (summary, change buttons, cards)

field-safe-now = 現在方便嗎
field-danger = 目前的危險
field-country = 國家
field-province = 省或城市
field-compound = 園區或大樓
field-location = 位置
field-surroundings = 周圍環境
field-situation = 現在的情況
field-passport = 護照
field-phone = 手機
field-restraint = 能不能離開
field-violence = 暴力和威脅
field-ransom = 要求付錢
field-ransom-amount = 金額
field-nationality = 國籍
field-minor = 未滿 18 歲
field-others-count = 一起的人數
field-contact-window = 什麼時候聯絡你
field-contact-hours = 安全的時間
field-consent = 可以讓誰知道
field-notes = 其他

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = 緊急
desk-tier-high = 高
desk-tier-normal = 一般
desk-card-ref = 案件 { $ref }
desk-card-possible-repeat = ⚠️ 可能重複：上方可能有此案件較早的卡片；請使用最新的。
desk-card-language = 語言：{ $lang }
desk-age-now = 剛剛
desk-age-minutes = { $n } 分鐘前
desk-age-hours = { $n } 小時前
desk-age-days = { $n } 天前
desk-status-open = 待處理 · 尚無人認領
desk-status-claimed = 已由 { $name } 認領
desk-status-resolved = 已結案：{ $outcome }
desk-status-withdrawn = 求助者已撤回
desk-card-withdrawn = 案件 { $ref } 已被求助者撤回，其回答已刪除。
desk-escalated = 已提高優先順序：{ $reason }
desk-outcome-rescued = 已獲救
desk-outcome-referred-embassy = 已轉介使館／辦事處
desk-outcome-referred-ngo = 已轉介民間救助團體
desk-outcome-referred-police = 已轉介警方
desk-outcome-unreachable = 無法聯絡
desk-outcome-duplicate = 重複案件
desk-outcome-withdrawn = 求助者撤回
desk-escalate-worse-now = 情況惡化
desk-escalate-minor-confirmed = 確認未成年
desk-escalate-medical = 需要醫療
desk-escalate-moved-sold = 被轉移或被賣
desk-escalate-other = 其他原因
desk-unknown = 不明
desk-none = 無
desk-field-where = 地點
desk-field-pin = 定位
desk-osm-link = 地圖
desk-nearest = 最近的已知園區：{ $name }（{ $km } 公里）
desk-compound-reports = 該園區 { $days } 天內第 { $n } 份報告
desk-dashboard-link = 控制台登入連結：僅限一次，{ $minutes } 分鐘內有效。請勿轉傳。
desk-dashboard-sent = 登入連結已私訊傳給你。
desk-dashboard-no-private = 請先與機器人開啟私聊，然後再次傳送 /dashboard。
desk-field-surroundings = 周圍環境
desk-field-situation = 目前處境
desk-field-danger = 目前危險
desk-field-passport = 護照
desk-field-phone = 手機
desk-field-restraint = 能否離開
desk-field-violence = 遭受暴力
desk-field-ransom = 索要金錢
desk-amount-usd = { $amount } 美元
desk-field-nationality = 國籍
desk-field-minor = 未滿 18 歲
desk-field-others = 同處境人數
desk-field-indicators = 強迫勞動指標
desk-field-contact = 安全聯絡方式
desk-field-consent = 同意告知對象
desk-field-notes = 補充說明
desk-field-other-answers = 其他回答
flag-minor = 未成年
flag-injured = 受傷
flag-needs-medical = 需要醫生
flag-in-danger-now = 目前有危險
flag-self-harm-risk = 有自傷風險
flag-physically-restrained = 被綁或被鐵鍊鎖住
flag-locked-in = 被鎖在室內
flag-guarded = 有人看守
flag-passport-retained = 護照被扣
flag-electric-shocks = 遭電擊
flag-beaten = 遭毆打
flag-sexual-abuse = 遭性侵害
flag-threatened = 受到威脅
flag-threat-of-sale = 被威脅轉賣
flag-ransom-demanded = 被索要贖金
flag-debt-demanded = 被索要「債務」
flag-food-sleep-withheld = 被剝奪食物或睡眠
indicator-abuse-of-vulnerability = 利用弱勢處境
indicator-restriction-of-movement = 限制行動自由
indicator-isolation = 與外界隔離
indicator-physical-and-sexual-violence = 身體暴力和性暴力
indicator-intimidation-and-threats = 恐嚇和威脅
indicator-retention-of-identity-documents = 扣留身分證件
indicator-withholding-of-wages = 扣留工資
indicator-debt-bondage = 債務奴役
indicator-abusive-working-and-living-conditions = 惡劣的工作和生活條件
indicator-excessive-overtime = 過度加班
desk-btn-claim = ✋ 認領
desk-btn-release = ↩️ 放棄認領
desk-btn-escalate = ⬆️ 提高優先
desk-btn-resolve = ✅ 結案
desk-btn-back = ← 返回
desk-ans-claimed = 已認領，現在由你負責。
desk-ans-released = 已放棄認領。
desk-ans-escalated = 已提高優先順序。
desk-ans-resolved = 已結案。
desk-refused-not-allowed = 只有名單內的協調員才能進行這項操作。
desk-refused-expired = 這個按鈕已失效，卡片已更新。
desk-refused-stale = 這張卡片已過時，已經更新，請再看一次。
desk-refused-illegal = 案件目前的狀態無法進行這項操作。
desk-refused-not-owner = 只有認領這個案件的協調員才能進行這項操作。
desk-refused-not-found = 這個案件已不存在。
desk-queue-title = 待處理案件（{ $count }），最緊急的在前：
desk-queue-empty = 沒有待處理的案件。
desk-list-more = …… 還有更多待處理案件；認領或結案一些後就能看到。
desk-mine-title = 你認領的案件（{ $count }）：
desk-mine-empty = 你目前沒有認領的案件。
desk-case-usage = 用法：/case 編號（例如 /case ABCD-1234）
desk-case-unknown = 沒有案件 { $ref }。
desk-reply-usage = 用法：/reply 編號 你的訊息 —— 或直接回覆案件卡片。
desk-relay-delivered = 已傳給案件 { $ref } 的求助者。
desk-relay-held = 已暫存：求助者的安全聯絡時間還沒到，到時會自動送出。
desk-relay-not-claimed = 請先認領案件 { $ref }，再寫訊息給求助者。
desk-relay-not-owner = 只有認領案件 { $ref } 的協調員才能寫訊息給求助者。
desk-relay-text-only = 只能轉文字給求助者，請用文字訊息傳送。
desk-relay-blocked = 未送達：案件 { $ref } 的求助者已封鎖此對話或已刪除帳號。
desk-held-delivered = 已把 { $count } 則暫存訊息傳給案件 { $ref } 的求助者。
desk-held-dropped-refused = 案件 { $ref } 有 { $count } 則暫存訊息被捨棄：Telegram 拒絕了它們。請重新撰寫。
desk-relay-partial = 您的訊息未能全部送達案件 { $ref } 的求助者：共 { $total } 段，送出了 { $sent } 段，之後被 Telegram 拒絕。請重新傳送其餘部分。
desk-held-dropped-blocked = 已捨棄給案件 { $ref } 求助者的 { $count } 則暫存訊息：對方已封鎖此對話或已刪除帳號。
desk-from-person = { $ref } · 求助者 [{ $lang }]：
desk-still-unclaimed = ⏰ 仍無人認領：{ $ref }（緊急，{ $age }提交）
desk-digest-title = 📋 同時收到許多新案件。每個案件先顯示一行，卡片隨後發出；點選案件可立即發出它的卡片。
desk-digest-card-below = 卡片在下方
desk-digest-ans-posted = 卡片已發在下方。
desk-digest-ans-below = 卡片已在群組裡。
desk-digest-ans-coming = 正在發出卡片。
desk-person-exited = 案件 { $ref }：求助者使用了快速退出，對話已清除。可能有人在查看其手機。發給對方的訊息會保留，直到對方再次來訊。
desk-relay-prefix = 團隊的訊息：
desk-person-ack = 謝謝，都收到了。
desk-person-text-only = 請用文字傳訊息。

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = 欺騙
desk-contact-waits = 等對方先寫再回覆
desk-contact-open-now = 現在可聯絡
desk-contact-opens-minutes = { $n } 分鐘後可聯絡
desk-contact-opens-hours = { $n } 小時後可聯絡
desk-contact-their-time = { $hours } 對方時間（{ $zone }）
desk-contact-your-time = { $hours } 你的時間（{ $zone }）
desk-contact-same-zone = { $hours }（{ $zone }，與你相同）
desk-refused-taken = { $name } 已接手此案件。
