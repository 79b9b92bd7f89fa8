# review: machine-drafted
# Japanese (日本語). Machine-drafted: a native speaker must review this file before it is marked reviewed. 日本語を母語とする人が確認してから、1行目を「# review: reviewed」に変えてください。
# 読む人：詐欺の拠点に閉じ込められている人。こわい思いをしていて、スマホを上の人に見られるかもしれない。
#   • 短い文、やさしい言葉、むずかしい漢字は使わない。1行に1つのこと。
#   • どのメッセージも1行目は通知に出ても安全な言葉だけ：「人身取引」「救出」「逃げる」「警察」は書かない。
#   • ボタンの文字は40文字まで。
#   • 救出や時間を約束しない。
# キーの決まりは locales/en.ftl の最初を見てください。

## Language and quick exit (src/i18n, src/safety)

language-name = 日本語
# Sent alone as a message, any of these wipes the chat. Comma-separated.
exit-words = 終了, やめる

## Flow engine (src/flow/engine)

btn-done = 完了
btn-change = 変更
selected-mark = ✓
reask-use-buttons = 上のボタンのどれかをタップしてください。
reask-too-long = 少し長いです。{ $max } 文字以内で書いてください。
reask-not-a-number = 数字だけを書いてください。例：5000
reask-out-of-range = { $min } から { $max } までの数字を書いてください。
reask-unsupported = ごめんなさい、この種類のメッセージは読めません。ボタンを使うか、短い言葉で書いてください。
reask-stale-button = そのボタンは前の質問のものです。いちばん新しい質問に答えてください。
reask-empty = まだ答えがありません。1つ以上選ぶか、短い言葉で書いてください。
summary-title = あなたの答え：
summary-unknown = わからない
summary-skipped = 未回答
summary-pick-change = どの答えを変えますか？

## Shared buttons and lines

opt-no = いいえ
opt-dont-know = わからない
opt-skip = スキップ
opt-prefer-not = 言いたくない
opt-other-country = ほかの国
hint-choose-all = いくつでも選べます。選んだら「完了」をタップしてください。

## Person side (src/bot, src/flow/service.ts)

welcome =
    こんにちは。これは非公開のチャットです。
    私たちは、仕事をやめられない人や、いる場所から出られない人を助けている小さなチームです。下のボタンで言語を選べます。
    このチャットを消すには、「終了」とだけ送ってください。2日より前のメッセージは、チャットを自分で削除しないと消えません。
language-pick = どの言語を使いますか？
help-text =
    こんにちは。送れるコマンドはこちらです：
    /new — 質問を最初からやり直す
    /ref — あなたの番号を1分間表示します
    /language — 言語を変える
    /discreet — 答えるたびに質問を消す（オン／オフ）
    /erase — あなたの答えとこのチャットを消す
    終了 — このチャットを消す（直近2日分）
erase-done = できました。あなたの答えを消しました。2日より前のメッセージは、チャットを自分で削除しないと消えません。
discreet-on = わかりました。答えるたびに、質問とあなたの答えを消します。
discreet-off = わかりました。これからは質問と答えがチャットに残ります。また消したいときは /discreet を送ってください。
error-try-again = ごめんなさい、こちらで問題が起きました。少ししてから、もう一度送ってください。
error-delay = ごめんなさい、こちらで少し遅れが出ています。あなたのメッセージはなくならないので、もう一度送らなくても大丈夫です。
flow-restarted = 申し訳ありません。回答中に質問が更新されたため、最初の質問からやり直す必要があります。まだ何もチームには送られていません。
flood-notice = 少しゆっくりお願いします。数秒待ってから続けてください。
case-open-info = ありがとうございます。すべて受け取りました。いつでもここに書けます。

## Triage flow (flows/triage.yaml)

q-safe-now = こんにちは。今、少しメッセージを書いても大丈夫ですか？
hint-safe-now = だれにもスマホを見られていないときだけ、続けてください。いつでもやめられます。
opt-safe-now-yes = はい、今書けます
opt-safe-now-not-now = 今はできません

end-later =
    わかりました。都合のいいときに、ここに何かメッセージを送ってください。そこからまた始めます。
    このチャットを消すには、「終了」とだけ送ってください。2日より前のメッセージは、チャットを自分で削除しないと消えません。

q-danger = 今、この中にあてはまるものはありますか？
opt-danger-hurt-now = 今、だれかに暴力をふるわれている
opt-danger-injured = けがをしている
opt-danger-doctor = 医者にみてもらいたい
opt-danger-self-harm = 自分を傷つけたいと思う
opt-danger-none = どれもあてはまらない

q-self-harm-note =
    教えてくれて、ありがとうございます。
    あなたの気持ちは大切です。あなたはひとりではありません。私たちのチームの人が、あなたの答えをいちばん先に読みます。
    この質問が終わったあとも、いつでもここにメッセージを送ってください。

q-country = 今、どの国にいますか？

q-province = どの州（県）、または町ですか？
hint-province = 1つタップしてください。リストにないときは、名前を書いてください。

q-compound = いる施設や建物の名前を知っていますか？
hint-compound = 1つタップするか、聞いたことのある名前を書いてください。会社の名前も役に立ちます。

q-location = 位置情報を送れますか？
hint-location =
    位置情報を送ると、このスマホがどこにあるか正確にわかります。
    だれにもスマホを見られていないときだけ送ってください。迷ったら「スキップ」をタップしてください。

q-surroundings = まわりに何が見えますか？
hint-surroundings = 例：海、川、カジノ、看板、お店、高いビル、今いる階。聞いたことのある名前も役に立ちます。「スキップ」をタップしてもかまいません。

q-situation = 今のあなたに、あてはまるのはどれですか？
hint-more-details = ありがとうございます。詳しいことがわかると役立ちますが、いつでもやめてかまいません。
opt-situation-inside = 施設の中にいる
opt-situation-escaped = 外に出られた
opt-situation-moved = 別の場所に移された
opt-situation-other = その他

q-passport = パスポートはどこにありますか？
opt-passport-with-me = 自分で持っている
opt-passport-taken = 会社やボスに取られた
opt-passport-lost = なくした

q-phone = このスマホはだれのものですか？
opt-phone-own = 自分のスマホ
opt-phone-company = 会社から渡されたもの

q-restraint = 出たいときに、その場所から出られますか？
opt-restraint-free = はい、出られる
opt-restraint-guarded = いいえ、見張りがいる
opt-restraint-locked-in = いいえ、閉じ込められている
opt-restraint-tied = しばられている／鎖でつながれている

q-violence = そこで、こんなことをされたことはありますか？
opt-violence-beaten = なぐられた、けられた
opt-violence-shocks = 電気ショックを受けた
opt-violence-threats = 自分や家族のことでおどされた
opt-violence-sold = 「売り飛ばす」と言われた
opt-violence-sexual = 性的な暴力・性行為の強要
opt-violence-food-sleep = 食事や睡眠を取らせてもらえない
opt-violence-long-hours = とても長い時間働かされた
opt-violence-unpaid = 給料をもらえない
opt-violence-false-job = 約束された仕事ではなかった
opt-violence-none = どれもあてはまらない

q-money = 出るために、お金を払えと言われていますか？
opt-money-ransom = はい、出たいなら払えと
opt-money-debt = はい、「借金」「違約金」があると

q-amount = いくら払えと言われていますか？米ドルで教えてください。
hint-amount = 数字だけを書いてください。例：8000。だいたいでかまいません。

q-nationality = あなたの国籍はどこですか？

q-minor = 18歳未満ですか？
opt-minor-yes = はい、18歳未満です
opt-minor-no = いいえ、18歳以上です

q-others = 同じような状況の人が、ほかに何人いっしょにいますか？
hint-others = だいたいの数でかまいません。ひとりなら 0 と書いてください。

q-contact = 私たちから連絡しても安全なのは、いつですか？
opt-contact-i-write-first = 私が先に書いたときだけ
opt-contact-hours = 決まった時間だけ
opt-contact-any-time = いつでも大丈夫

q-hours = ふだん安全な時間はいつですか？
hint-hours = 今いる場所の時間で選んでください。いくつでも選べます。選んだら「完了」をタップしてください。
opt-hours-early = 早朝（5〜8時）
opt-hours-morning = 午前（8〜12時）
opt-hours-midday = 昼（12〜14時）
opt-hours-evening = 夜（18〜22時）
opt-hours-late-night = 深夜（22〜3時）
opt-hours-daytime = 日中（8–18時）
opt-hours-night = 夜（20–6時）

q-consent = あなたの答えを、だれに伝えてもいいですか？
hint-consent = そこを出て家に帰るのを手伝える人たちです。必要なことだけを伝えます。あとで考えを変えてもかまいません。
opt-consent-embassy-ngo = 自分の国の大使館と支援団体
opt-consent-ngo-only = 支援団体（NGO）だけ
opt-consent-embassy-only = 自分の国の大使館だけ
opt-consent-hotline-only = だれにも伝えない（ここだけ）

q-notes = ほかに、私たちに知ってほしいことはありますか？

q-summary = 答えを確認してください。
opt-summary-send = はい、送信する
opt-summary-change = 答えを直す

end-sent = ありがとうございます。すべて受け取りました。

## Case reference (sent by the bot after end-sent)

case-reference = あなたの番号：{ $ref }。また連絡するときは、この番号を伝えてください。

## Short names of answers (summary, change buttons, cards)

field-safe-now = 今話せるか
field-danger = 今の危険
field-country = 国
field-province = 州・県または町
field-compound = 施設や建物
field-location = 位置情報
field-surroundings = まわりの様子
field-situation = 今の状況
field-passport = パスポート
field-phone = スマホ
field-restraint = 外に出られるか
field-violence = 暴力やおどし
field-ransom = お金の要求
field-ransom-amount = 金額
field-nationality = 国籍
field-minor = 18歳未満か
field-others-count = いっしょにいる人数
field-contact-window = 連絡してよいとき
field-contact-hours = 安全な時間
field-consent = 伝えてよい相手
field-notes = そのほか

## desk
# Coordinators' desk (src/desk, src/triage/render.ts). Shown in the
# coordinators' group in COORDINATOR_LOCALE, except desk-relay-prefix,
# desk-person-ack and desk-person-text-only, which the PERSON reads.

desk-tier-critical = 緊急
desk-tier-high = 高
desk-tier-normal = 通常
desk-card-ref = ケース { $ref }
desk-card-possible-repeat = ⚠️ 重複の可能性：このケースの以前のカードが上にあるかもしれません。最新のものを使ってください。
desk-card-language = 言語：{ $lang }
desk-age-now = たった今
desk-age-minutes = { $n } 分前
desk-age-hours = { $n } 時間前
desk-age-days = { $n } 日前
desk-status-open = 未対応 · 担当者なし
desk-status-claimed = 担当：{ $name }
desk-status-resolved = 完了：{ $outcome }
desk-status-withdrawn = 本人が取り下げ
desk-card-withdrawn = ケース { $ref } は本人により取り下げられました。回答は削除済みです。
desk-escalated = 優先度を上げました：{ $reason }
desk-outcome-rescued = 救出済み
desk-outcome-referred-embassy = 大使館へ引き継ぎ
desk-outcome-referred-ngo = NGOへ引き継ぎ
desk-outcome-referred-police = 警察へ引き継ぎ
desk-outcome-unreachable = 連絡がつかない
desk-outcome-duplicate = 重複
desk-outcome-withdrawn = 本人が取り下げ
desk-escalate-worse-now = 状況が悪化
desk-escalate-minor-confirmed = 未成年と確認
desk-escalate-medical = 医療が必要
desk-escalate-moved-sold = 移動・転売された
desk-escalate-other = その他の理由
desk-unknown = 不明
desk-none = なし
desk-field-where = 場所
desk-field-pin = 位置情報
desk-osm-link = 地図
desk-nearest = 最寄りの既知の拠点：{ $name }（{ $km } km）
desk-compound-reports = この拠点からの{ $days }日間で{ $n }件目の報告
desk-dashboard-link = ダッシュボードのサインインリンク：1回のみ、{ $minutes }分間有効。転送しないでください。
desk-dashboard-sent = サインインリンクを個別チャットに送りました。
desk-dashboard-no-private = 先にボットとの個別チャットを開き、もう一度 /dashboard を送ってください。
desk-field-surroundings = 周囲の様子
desk-field-situation = 状況
desk-field-danger = 現在の危険
desk-field-passport = パスポート
desk-field-phone = 電話
desk-field-restraint = 外に出られるか
desk-field-violence = 暴力
desk-field-ransom = 金銭の要求
desk-amount-usd = { $amount } 米ドル
desk-field-nationality = 国籍
desk-field-minor = 18歳未満
desk-field-others = 同じ状況の人数
desk-field-indicators = 強制労働の指標
desk-field-contact = 安全な連絡
desk-field-consent = 共有の同意
desk-field-notes = メモ
desk-field-other-answers = その他の回答
flag-minor = 未成年
flag-injured = けが
flag-needs-medical = 医師が必要
flag-in-danger-now = 現在危険
flag-self-harm-risk = 自傷のおそれ
flag-physically-restrained = 縛られている・鎖
flag-locked-in = 監禁
flag-guarded = 見張りあり
flag-passport-retained = パスポート取り上げ
flag-electric-shocks = 電気ショック
flag-beaten = 暴行
flag-sexual-abuse = 性暴力
flag-threatened = 脅迫
flag-threat-of-sale = 転売の脅し
flag-ransom-demanded = 身代金の要求
flag-debt-demanded = 「借金」の要求
flag-food-sleep-withheld = 食事・睡眠の制限
indicator-abuse-of-vulnerability = 弱い立場の悪用
indicator-restriction-of-movement = 移動の制限
indicator-isolation = 孤立
indicator-physical-and-sexual-violence = 身体的・性的暴力
indicator-intimidation-and-threats = 威嚇と脅迫
indicator-retention-of-identity-documents = 身分証明書の取り上げ
indicator-withholding-of-wages = 賃金の不払い
indicator-debt-bondage = 債務による束縛
indicator-abusive-working-and-living-conditions = 劣悪な労働・生活環境
indicator-excessive-overtime = 過度な時間外労働
desk-btn-claim = ✋ 担当する
desk-btn-release = ↩️ 担当を外れる
desk-btn-escalate = ⬆️ 優先度を上げる
desk-btn-resolve = ✅ 完了
desk-btn-back = ← 戻る
desk-ans-claimed = 担当になりました。このケースはあなたの担当です。
desk-ans-released = 担当を外れました。
desk-ans-escalated = 優先度を上げました。
desk-ans-resolved = 完了にしました。
desk-refused-not-allowed = 許可リストにあるコーディネーターだけが操作できます。
desk-refused-expired = このボタンは期限切れです。カードを更新しました。
desk-refused-stale = このカードは古くなっています。更新したので、もう一度確認してください。
desk-refused-illegal = このケースの今の状態では、その操作はできません。
desk-refused-not-owner = このケースを担当しているコーディネーターだけが操作できます。
desk-refused-not-found = このケースはもうありません。
desk-queue-title = 未対応のケース（{ $count } 件）、緊急度の高い順：
desk-queue-empty = 未対応のケースはありません。
desk-list-more = … ほかにも未対応のケースがあります。いくつか担当するか完了にすると表示されます。
desk-mine-title = あなたが担当しているケース（{ $count } 件）：
desk-mine-empty = 担当しているケースはありません。
desk-case-usage = 使い方：/case 番号（例：/case ABCD-1234）
desk-case-unknown = ケース { $ref } はありません。
desk-reply-usage = 使い方：/reply 番号 メッセージ — またはケースのカードに返信してください。
desk-relay-delivered = ケース { $ref } の本人に届けました。
desk-relay-held = 保留中：本人が安全に連絡を受けられる時間外です。時間になったら送られます。
desk-relay-not-claimed = 先にケース { $ref } を担当してから、本人にメッセージを書いてください。
desk-relay-not-owner = ケース { $ref } を担当しているコーディネーターだけが本人にメッセージを書けます。
desk-relay-text-only = 本人に送れるのは文字だけです。メッセージとして書いてください。
desk-relay-blocked = 届きませんでした：ケース { $ref } の本人がこのチャットをブロックしたか、アカウントを削除しています。
desk-held-delivered = 保留していたメッセージ { $count } 件を、ケース { $ref } の本人に届けました。
desk-held-dropped-refused = ケース { $ref } の本人宛てに保留していたメッセージ { $count } 件を破棄しました：Telegram に拒否されました。もう一度書いてください。
desk-relay-partial = ケース { $ref } の本人にメッセージの一部しか届きませんでした：{ $total } 件中 { $sent } 件を送ったところで Telegram に拒否されました。残りをもう一度送ってください。
desk-held-dropped-blocked = ケース { $ref } の本人宛てに保留していたメッセージ { $count } 件を破棄しました：本人がこのチャットをブロックしたか、アカウントを削除しています。
desk-from-person = { $ref } · 本人 [{ $lang }]：
desk-still-unclaimed = ⏰ まだ担当者がいません：{ $ref }（緊急、{ $age }に受付）
desk-digest-title = 📋 新しいケースが一度に多数届いています。各ケースのカードが出るまで1行ずつ表示します。ケースをタップすると今すぐカードを表示します。
desk-digest-card-below = カードは下に
desk-digest-ans-posted = カードを下に表示しました。
desk-digest-ans-below = カードはすでにチャットにあります。
desk-digest-ans-coming = カードを表示しています。
desk-person-exited = ケース { $ref }：本人がクイック退出を使い、チャットは消去されました。誰かがスマホを見ている可能性があります。本人へのメッセージは、本人から再び連絡があるまで保留されます。
desk-relay-prefix = チームからのメッセージ：
desk-person-ack = ありがとうございます。すべて受け取りました。
desk-person-text-only = メッセージは文字で書いてください。

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = 欺罔
desk-contact-waits = 本人が書くまで返信は保留
desk-contact-open-now = 今連絡可
desk-contact-opens-minutes = { $n }分後に可
desk-contact-opens-hours = { $n }時間後に可
desk-contact-their-time = { $hours } 本人の時刻（{ $zone }）
desk-contact-your-time = { $hours } あなたの時刻（{ $zone }）
desk-contact-same-zone = { $hours }（{ $zone }、同じ時間帯）
desk-refused-taken = { $name }さんがすでにこの案件を担当しています。
