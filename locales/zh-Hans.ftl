# review: machine-drafted
# 简体中文文本（Fluent 格式）。需要母语者审读后把第一行改成 “# review: reviewed”。
# 读者：被困在诈骗园区里的人，常常很害怕，手机可能被老板检查。
#   • 句子短，用日常口语，一行只说一件事。
#   • 每条消息的第一行在通知预览里必须看起来无害：不要出现“拐卖”“解救”“逃跑”“报警”。
#   • 按钮文字最多 40 个字符。
#   • 不要承诺解救，也不要承诺时间。
# 键名规则见 locales/en.ftl 开头。

## 语言和快速退出

language-name = 简体中文
# 单独发送这些词中的任何一个，就会清除聊天记录。用英文逗号分隔。
exit-words = 退出

## 流程引擎

btn-done = 完成
btn-change = 修改
selected-mark = ✓
reask-use-buttons = 请点上面的按钮来回答。
reask-too-long = 内容有点长，请控制在 { $max } 个字以内。
reask-not-a-number = 请只写一个数字，比如 5000。
reask-out-of-range = 请写一个 { $min } 到 { $max } 之间的数字。
reask-unsupported = 抱歉，这类消息我看不了。请点按钮，或者写几个字。
reask-stale-button = 这个按钮是之前问题的。请回答最新的问题。
reask-empty = 还没有收到回答。请至少选一项，或者写几个字。
summary-title = 你的回答：
summary-unknown = 不确定
summary-skipped = 未回答
summary-pick-change = 你想修改哪一项？

## 通用按钮和提示

opt-no = 没有
opt-dont-know = 不知道
opt-skip = 跳过
opt-prefer-not = 不想说
opt-other-country = 其他国家
hint-choose-all = 可以选多项，选好后点“完成”。

## 用户端（src/bot, src/flow/service.ts）

welcome =
    你好，这是一个私密聊天。
    我们是一个小团队，帮助那些没法离开工作、或被困在某个地方的人。你可以在下面选择语言。
    只发送“退出”两个字，就会清除这段聊天记录。超过 2 天的消息，需要你自己删除整个聊天。
language-pick = 你想用哪种语言？
help-text =
    你好。你可以发送这些指令：
    /new — 重新开始回答问题
    /ref — 显示你的编号（一分钟）
    /language — 换语言
    /discreet — 回答后自动删除问题和回答（开／关）
    /erase — 删除你的回答和这段聊天
    退出 — 清除这段聊天记录（最近 2 天）
erase-done = 好了，你的回答已经删除。超过 2 天的消息，需要你自己删除整个聊天。
discreet-on = 好的。你每回答一个问题，问题和回答都会被删除。
discreet-off = 好的。问题和回答现在会留在聊天里。想再删除的话，请发送 /discreet。
error-try-again = 抱歉，我们这边出了点问题。请稍后再发一次。
error-delay = 抱歉，我们这边稍微有点延迟。你的消息不会丢失，不需要再发一次。
flow-restarted = 抱歉，你回答期间我们的问题有了更新，所以需要从第一个问题重新开始。目前还没有任何内容发给我们的团队。
flood-notice = 请慢一点。等几秒钟再继续。
case-open-info = 谢谢，都收到了。你随时可以在这里写。

## 登记流程（flows/triage.yaml）

q-safe-now = 你好。现在方便发几条消息吗？
hint-safe-now = 请确认没有人能看到你的手机。你随时可以停下。
opt-safe-now-yes = 方便，现在可以
opt-safe-now-not-now = 现在不方便

end-later =
    好的。等方便的时候，在这里随便发一条消息，我们就重新开始。
    只发送“退出”两个字，就会清除这段聊天记录。超过 2 天的消息，需要你自己删除整个聊天。

q-danger = 下面这些情况，你现在有吗？
opt-danger-hurt-now = 现在有人在伤害我
opt-danger-injured = 我受伤了
opt-danger-doctor = 我需要看医生
opt-danger-self-harm = 我有伤害自己的念头
opt-danger-none = 都没有

q-self-harm-note =
    谢谢你告诉我们。
    你的感受很重要，你不是一个人。我们团队会有真人最先看你的回答。
    回答完这些问题以后，你也可以随时给我们留言。

q-country = 你现在在哪个国家？

q-province = 在哪个省或城市？
hint-province = 点选一个。如果列表里没有，请直接输入名字。

q-compound = 你知道园区或大楼的名字吗？
hint-compound = 点选一个，或者输入你听到的名字。公司名字也有帮助。

q-location = 可以发送你的位置吗？
hint-location =
    位置会准确显示这部手机在哪里。
    只有在没人能看到你手机的时候才发送。如果不确定，请点“跳过”。

q-surroundings = 你周围能看到什么？
hint-surroundings = 比如：海、河、赌场、招牌、商店、高楼、你在几楼。听到过的名字也有用。也可以点“跳过”。

q-situation = 你现在是哪种情况？
hint-more-details = 谢谢。多一些细节会有用，但你随时可以停下。
opt-situation-inside = 我还在园区里面
opt-situation-escaped = 我已经出来了
opt-situation-moved = 我被转到了别的地方
opt-situation-other = 其他情况

q-passport = 你的护照在哪里？
opt-passport-with-me = 在我自己手上
opt-passport-taken = 被公司或老板收走了
opt-passport-lost = 丢了

q-phone = 这部手机是谁的？
opt-phone-own = 我自己的手机
opt-phone-company = 公司发给我的

q-restraint = 如果你想走，能离开那里吗？
opt-restraint-free = 能，我可以离开
opt-restraint-guarded = 不能，有人看守
opt-restraint-locked-in = 不能，我被锁在里面
opt-restraint-tied = 我被绑住或被铁链锁住

q-violence = 你在那里遇到过下面这些事吗？
opt-violence-beaten = 被打、被踢
opt-violence-shocks = 被电击
opt-violence-threats = 我或家人受到威胁
opt-violence-sold = 他们说要把我卖掉
opt-violence-sexual = 性侵犯或被逼卖淫
opt-violence-food-sleep = 不给饭吃或不让睡觉
opt-violence-long-hours = 被逼长时间工作
opt-violence-unpaid = 不发工资
opt-violence-false-job = 工作不是当初承诺的
opt-violence-none = 都没有

q-money = 他们是不是要你交钱才放你走？
opt-money-ransom = 是，要钱才放人
opt-money-debt = 是，说我欠他们“债”或要“赔钱”

q-amount = 他们要多少钱？请按美元算。
hint-amount = 只写数字就行，比如 8000。大概的数字也可以。

q-nationality = 你的国籍是？

q-minor = 你未满 18 岁吗？
opt-minor-yes = 是，我未满 18 岁
opt-minor-no = 不是，我已满 18 岁

q-others = 和你情况一样、在一起的还有几个人？
hint-others = 大概的数字就行。如果只有你一个人，请写 0。

q-contact = 我们什么时候联系你比较安全？
opt-contact-i-write-first = 等我先发消息再联系我
opt-contact-hours = 只在某些时间
opt-contact-any-time = 什么时候都可以

q-hours = 通常哪些时间比较安全？
hint-hours = 按你当地的时间。可以选多项，选好后点“完成”。
opt-hours-early = 清晨（5–8点）
opt-hours-morning = 上午（8–12点）
opt-hours-midday = 中午（12–14点）
opt-hours-evening = 晚上（18–22点）
opt-hours-late-night = 深夜（22–3点）
opt-hours-daytime = 白天（8–18点）
opt-hours-night = 夜间（20–6点）

q-consent = 你的情况可以告诉谁？
hint-consent = 这些人可以帮你离开、回家。我们只告诉他们需要知道的内容。以后你也可以改变主意。
opt-consent-embassy-ngo = 我国使馆和救助机构
opt-consent-ngo-only = 只告诉救助机构
opt-consent-embassy-only = 只告诉我国使馆
opt-consent-hotline-only = 谁都不告诉，只有你们知道

q-notes = 还有别的想告诉我们吗？

q-summary = 请检查一下你的回答。
opt-summary-send = 没问题，发送
opt-summary-change = 修改回答

end-sent = 谢谢，都收到了。

## 登记编号（机器人在 end-sent 之后发送）

case-reference = 你的编号：{ $ref }。以后再联系我们时，可以告诉我们这个编号。

## Short names of answers (summary, change buttons, cards)

field-safe-now = 是否方便说话
field-danger = 当前危险
field-country = 国家
field-province = 省份或城市
field-compound = 园区或楼
field-location = 位置
field-surroundings = 周围情况
field-situation = 现在的情况
field-passport = 护照
field-phone = 手机
field-restraint = 能否自由离开
field-violence = 暴力和威胁
field-ransom = 要求的钱
field-ransom-amount = 金额
field-nationality = 国籍
field-minor = 未满18岁
field-others-count = 同行人数
field-contact-window = 何时联系你
field-contact-hours = 安全时间
field-consent = 可以告诉谁
field-notes = 其他

## desk
# 协调员工作台（src/desk、src/triage/render.ts）。除 desk-relay-prefix、
# desk-person-ack、desk-person-text-only（由求助者阅读）外，都显示在协调员群里。

desk-tier-critical = 紧急
desk-tier-high = 高
desk-tier-normal = 一般
desk-card-ref = 案件 { $ref }
desk-card-possible-repeat = ⚠️ 可能重复：上方可能有此案件较早的卡片；请使用最新的。
desk-card-language = 语言：{ $lang }
desk-age-now = 刚刚
desk-age-minutes = { $n } 分钟前
desk-age-hours = { $n } 小时前
desk-age-days = { $n } 天前
desk-status-open = 待处理 · 尚无人认领
desk-status-claimed = 已由 { $name } 认领
desk-status-resolved = 已结案：{ $outcome }
desk-status-withdrawn = 求助者已撤回
desk-card-withdrawn = 案件 { $ref } 已被求助者撤回，其回答已删除。
desk-escalated = 已升级：{ $reason }
desk-outcome-rescued = 已获救
desk-outcome-referred-embassy = 已转介使馆
desk-outcome-referred-ngo = 已转介救助机构
desk-outcome-referred-police = 已转介警方
desk-outcome-unreachable = 无法联系
desk-outcome-duplicate = 重复案件
desk-outcome-withdrawn = 求助者撤回
desk-escalate-worse-now = 情况恶化
desk-escalate-minor-confirmed = 确认未成年
desk-escalate-medical = 需要医疗
desk-escalate-moved-sold = 被转移或被卖
desk-escalate-other = 其他原因
desk-unknown = 不明
desk-none = 无
desk-field-where = 位置
desk-field-pin = 定位
desk-osm-link = 地图
desk-nearest = 最近的已知园区：{ $name }（{ $km } 公里）
desk-compound-reports = 该园区 { $days } 天内第 { $n } 份报告
desk-dashboard-link = 控制台登录链接：仅限一次，{ $minutes } 分钟内有效。请勿转发。
desk-dashboard-sent = 登录链接已私信发给你。
desk-dashboard-no-private = 请先与机器人开启私聊，然后再次发送 /dashboard。
desk-field-surroundings = 周围环境
desk-field-situation = 目前处境
desk-field-danger = 当前危险
desk-field-passport = 护照
desk-field-phone = 手机
desk-field-restraint = 能否离开
desk-field-violence = 遭受暴力
desk-field-ransom = 索要钱款
desk-amount-usd = { $amount } 美元
desk-field-nationality = 国籍
desk-field-minor = 未满 18 岁
desk-field-others = 同处境人数
desk-field-indicators = 强迫劳动指标
desk-field-contact = 安全联系方式
desk-field-consent = 同意告知
desk-field-notes = 补充说明
desk-field-other-answers = 其他回答
flag-minor = 未成年
flag-injured = 受伤
flag-needs-medical = 需要医生
flag-in-danger-now = 正处于危险中
flag-self-harm-risk = 有自伤风险
flag-physically-restrained = 被捆绑或锁链束缚
flag-locked-in = 被锁在屋内
flag-guarded = 有人看守
flag-passport-retained = 护照被扣
flag-electric-shocks = 遭电击
flag-beaten = 遭殴打
flag-sexual-abuse = 遭性侵
flag-threatened = 受到威胁
flag-threat-of-sale = 被威胁转卖
flag-ransom-demanded = 被索要赎金
flag-debt-demanded = 被索要“债务”
flag-food-sleep-withheld = 被剥夺食物或睡眠
indicator-abuse-of-vulnerability = 利用弱势处境
indicator-restriction-of-movement = 限制人身自由
indicator-isolation = 与外界隔离
indicator-physical-and-sexual-violence = 身体暴力和性暴力
indicator-intimidation-and-threats = 恐吓和威胁
indicator-retention-of-identity-documents = 扣留身份证件
indicator-withholding-of-wages = 扣发工资
indicator-debt-bondage = 债务奴役
indicator-abusive-working-and-living-conditions = 恶劣的工作和生活条件
indicator-excessive-overtime = 过度加班
desk-btn-claim = ✋ 认领
desk-btn-release = ↩️ 放弃认领
desk-btn-escalate = ⬆️ 升级
desk-btn-resolve = ✅ 结案
desk-btn-back = ← 返回
desk-ans-claimed = 已认领，现在由你负责。
desk-ans-released = 已放弃认领。
desk-ans-escalated = 已升级。
desk-ans-resolved = 已结案。
desk-refused-not-allowed = 只有名单内的协调员才能进行此操作。
desk-refused-expired = 此按钮已失效，卡片已刷新。
desk-refused-stale = 此卡片已过时，已刷新，请重新查看。
desk-refused-illegal = 案件当前状态下无法进行此操作。
desk-refused-not-owner = 只有认领此案件的协调员才能进行此操作。
desk-refused-not-found = 此案件已不存在。
desk-queue-title = 待处理案件（{ $count }），最紧急的在前：
desk-queue-empty = 没有待处理的案件。
desk-list-more = …… 还有更多待处理案件；认领或结案一些后即可看到。
desk-mine-title = 你认领的案件（{ $count }）：
desk-mine-empty = 你目前没有认领的案件。
desk-case-usage = 用法：/case 编号（例如 /case ABCD-1234）
desk-case-unknown = 没有案件 { $ref }。
desk-reply-usage = 用法：/reply 编号 你的消息 —— 或直接回复案件卡片。
desk-relay-delivered = 已发送给案件 { $ref } 的求助者。
desk-relay-held = 已暂存：求助者的安全联系时间尚未开始，到时会自动发出。
desk-relay-not-claimed = 请先认领案件 { $ref }，再给求助者写消息。
desk-relay-not-owner = 只有认领案件 { $ref } 的协调员才能给求助者写消息。
desk-relay-text-only = 只能转发文字给求助者，请以文字消息发送。
desk-relay-blocked = 未送达：案件 { $ref } 的求助者已屏蔽此聊天或已删除账号。
desk-held-delivered = 已向案件 { $ref } 的求助者发出 { $count } 条暂存消息。
desk-held-dropped-refused = 案件 { $ref } 有 { $count } 条暂存消息被丢弃：Telegram 拒绝了它们。请重新撰写。
desk-relay-partial = 您的消息未能全部送达案件 { $ref } 的求助者：共 { $total } 段，发出了 { $sent } 段，之后被 Telegram 拒绝。请重新发送其余部分。
desk-held-dropped-blocked = 已丢弃给案件 { $ref } 求助者的 { $count } 条暂存消息：对方已屏蔽此聊天或已删除账号。
desk-from-person = { $ref } · 求助者 [{ $lang }]：
desk-still-unclaimed = ⏰ 仍无人认领：{ $ref }（紧急，提交于{ $age }）
desk-digest-title = 📋 同时收到许多新案件。每个案件先显示一行，卡片随后发出；点击案件可立即发出它的卡片。
desk-digest-card-below = 卡片在下方
desk-digest-ans-posted = 卡片已发在下方。
desk-digest-ans-below = 卡片已在群里。
desk-digest-ans-coming = 正在发出卡片。
desk-person-exited = 案件 { $ref }：求助者使用了快速退出，聊天已清除。可能有人在查看其手机。发给对方的消息会保留，直到对方再次来信。
desk-relay-prefix = 团队留言：
desk-person-ack = 谢谢，都收到了。
desk-person-text-only = 请用文字发送消息。

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = 欺骗
desk-contact-waits = 等对方先写再回复
desk-contact-open-now = 现在可联系
desk-contact-opens-minutes = { $n } 分钟后可联系
desk-contact-opens-hours = { $n } 小时后可联系
desk-contact-their-time = { $hours } 对方时间（{ $zone }）
desk-contact-your-time = { $hours } 你的时间（{ $zone }）
desk-contact-same-zone = { $hours }（{ $zone }，与你相同）
desk-refused-taken = { $name } 已接手此案件。
