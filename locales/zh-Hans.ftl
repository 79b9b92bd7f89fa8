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
summary-pick-change = 你想修改哪一项？

## 通用按钮和提示

opt-no = 没有
opt-dont-know = 不知道
opt-skip = 跳过
opt-prefer-not = 不想说
opt-other-country = 其他国家
opt-continue = 继续
hint-choose-all = 可以选多项，选好后点“完成”。

## 用户端（src/bot, src/flow/service.ts）

welcome =
    你好，这是一个私密聊天。
    我们是一个小团队，帮助那些没法离开工作、或被困在某个地方的人。你可以在下面选择语言。
    任何时候只发送“退出”两个字，就会清除这段聊天记录。
language-pick = 你想用哪种语言？
help-text =
    你好。你可以发送这些指令：
    /new — 重新开始回答问题
    /language — 换语言
    /discreet — 回答后自动删除问题和回答（开／关）
    /erase — 删除你的回答和这段聊天
    退出 — 立刻清除这段聊天记录
erase-done = 好了，已经全部清除。
discreet-on = 好的。你每回答一个问题，问题和回答都会被删除。
discreet-off = 好的。问题和回答现在会留在聊天里。想再删除的话，请发送 /discreet。
error-try-again = 抱歉，我们这边出了点问题。请稍后再发一次。
flood-notice = 请慢一点。等几秒钟再继续。
case-open-info = 我们已经收到你的回答（编号 { $ref }）。你现在在这里发的消息都会转给我们的团队，会有工作人员在这里回复你。

## 登记流程（flows/triage.yaml）

q-safe-now = 你好。现在方便发几条消息吗？
hint-safe-now = 请确认没有人能看到你的手机。你随时可以停下。
opt-safe-now-yes = 方便，现在可以
opt-safe-now-not-now = 现在不方便

end-later =
    好的。等方便的时候，在这里随便发一条消息，我们就重新开始。
    任何时候只发送“退出”两个字，就会清除这段聊天记录。

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

end-sent =
    谢谢你。你的回答已经交给我们的团队。
    会有工作人员看完后，按你选的方式在这里联系你。我们没法保证多快能帮上忙，但我们不会忘记你。
    任何时候只发送“退出”两个字，就会清除这段聊天记录。

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
