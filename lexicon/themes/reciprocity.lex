# reciprocity.lex: default lexicon for the "reciprocity" theme of github.com/essaylab/themes.
#
# Written for reflective first-person essays, blog posts and forum confessions. People rarely write
# the textbook word "reciprocity"; they write "I'm always the one who texts first", "they never
# asked about me", "I gave and gave". Most entries are therefore phrases. Stems (~) on verbs
# let inflections meet (reach~ out: reached out, reaching out). Weights: 0.5 weak or ambiguous,
# 1 ordinary (the default), 1.5-2 strong and explicit.
#
# Phrases that contain a negator ("never texts back", "wasn't reciprocated") are deliberate: the
# absence of a return IS the theme, so these must not be read as negated mentions.
#
# Stem notes (Snowball English): stem(goes)=goe, so "goes" is written out; stem(felt)=felt,
# stem(heard)=heard and stem(did)=did do not meet feel~/hear~/do~ and are written out;
# stem(initiate)=initi also matches "initial" and "initiative", so initiat* is used only inside
# phrases; stem(favour)=favour and stem(favor)=favor, so both spellings are listed.
#
# 2026.11 coverage sprint: everyday and figurative phrasing added to every facet, plus two facets
# (hosting-and-turns, ledger-imagery). Gaps (..) let a negated phrase carry an adverb ("never
# once had us over"). Bare imagery words (seesaw, potluck, boomerang, ledger) fire on literal
# prose, so they only appear inside phrases; see the exclusions at the end for literal senses.
#
# 2026.11 round 2 (generalisation): entries written as general forms of the missed training
# passages, not their sentences: every channel of "only .. when" (ring, phone, message, visit),
# role reversal ("now she's the one who needs"), settling up ("we're square", "wouldn't take a
# penny", "the least I could do", "pass it on"), lists of who brought what, turn-taking with
# rounds and school runs, "didn't so much as" with its negator inside the phrase, and roles
# ("everyone's translator", "the reliable one", "unpaid events coordinator"). Bare cues that
# also fit logistics in plain passages (lent, owed, I owe, mutual, helped me, needed a lift, on
# my birthday) were removed or confined to phrases; exclusions added for one-sided copies,
# "quick favour", unpaid bills/leave/internships and "I'm not one of them".
#
# 2026.11 round 3 (new writers: global English, trades and farming, advice letters): general forms
# of the exchange stories people tell without the word "reciprocity": things sent back ("send~
# something back", "never .. back empty", cards and gifts back), kindness answered, norm
# statements ("if someone .. your", "that squares us", "we swap~", "take~ it in turns"), owing
# ("owe~ .. so much", "a debt to", "could never repay"), family banks ("not a bank", "bank of
# mum"), rounds and shouts, lending that never comes back ("borrow~ .. never"), hosting that never
# rotates ("place next time", "always at mine"), "the one day/morning i", "i'm the first call",
# "what i get~ back", "what .. done for me", "suddenly everybody". Removed or weakened cues that
# took plain passages: bare "two-way" (radio), "who drives", "brought a dish", "price tag",
# "keep~ a ledger" (now "ledger of who"), "birthday came and went" (0.5, shared with isolation);
# exclusion for the passive "wasn't even asked" (rejection).
#
# 2026.11 round 4 (new writers: arts and academia, clubs and faith, city service work, columnists):
# paying it forward in clubs and recovery ("teach~ the next", "keep it by giving it away", "the guy
# i sponsor"), unwritten norms ("unwritten rule", "if someone teach~/feed~/lend~", "nobody writes it
# down"), denied scorekeeping with the negator inside ("n't keep~ score", "i'm not counting", "not
# that i keep~"), hosting counts ("been to mine", "zero at his", "at mine and"), one-sided roles
# ("i'm the friend with", "done carrying", "bridge .. walk~ across", "room/time for mine", "come to
# me for once"), interest not returned ("asked me a single", "ask~ about mine"), owing ("owe~ ..
# big time"), things returned ("dish~ .. back", "back full", "borrow~ a cup"), swaps ("swap~
# shifts", "cover~ .. shift~", "a trade that works"). Left out as too common in plain prose: bare
# "my sponsor", "runs on", "stayed with me", "bring it back", "that's how it goes", "a trade
# that". Exclusions for maths "reciprocals" and rent owed to a landlord.
#
# 2026.11 round 5 (new writers: health and care, parents and schools, mobile and outdoor lives,
# reflective writing): imagery of one-way flow that these writers use instead of the word
# (tennis "over the net", arrows that all point out, messages that travel in one direction, "one
# person pulling", "more than one driver"), knowing everyone's news while "nobody knows mine",
# small standing arrangements and swaps ("have an arrangement", "a swap going", "fair's fair", "i
# do hers / she does mine", "cover~ mine", "whoever .. buy~"), thanks in kind ("her thank-you",
# "slip~ me", "bake~ him"), giving back or not ("n't give~ much back", "to offer back", "back none
# of"), going first and asking after ("send~ one first", "ask~ after mine", "if i stopped"),
# counting visits ("from me to her", "visits from me") and trying not to count. Removed: bare
# "invoice" (PTA paperwork), "not once did" (emphasis, not exchange), "without asking" (borrowing
# etiquette). Exclusions for "reciprocal bearing/column/value", "count~ on", "thanks but no thanks".

lexicon essay-themes
version 2026.11.2
license CC-BY-4.0
about Four themes of social life in personal essays: reciprocity, rejection, anomie, isolation.

theme reciprocity
about Gouldner's norm of reciprocity: care, effort, favours and contact should flow both ways over time; one-sided effort, owing and repaying, keeping score, who reaches out to whom.

# ---------------------------------------------------------------------------------------------
facet norm-of-reciprocity
about The explicit vocabulary of reciprocity and mutuality, including its named theories.
source Gouldner, A. W. (1960). The norm of reciprocity: a preliminary statement. American Sociological Review 25(2), 161-178.

    reciprocity =2
    reciprocate~ =2            # reciprocate, reciprocated, reciprocating, reciprocal (same stem)
    reciprocal =1.5
    reciprocally =1.5
    unreciprocated =2
    nonreciprocal =1.5
    unrequited =1.5
    unreturned =1.5
    norm of reciprocity =2
    mutuality =1.5
    gouldner
    social exchange =1.5
    exchange theory =1.5
    obligation to return =1.5
    obligation to repay =1.5
    wasn't reciprocated =2
    isn't reciprocated =2
    not reciprocated =2
    never reciprocate~ =2
    didn't reciprocate =2
    don't reciprocate =2
    doesn't reciprocate =2
    wasn't mutual =1.5
    isn't mutual =1.5
    not mutual =1.5
    wasn't returned =1.5
    never returned =0.5       # weak alone ("never returned home"); stronger phrases below
    # --- everyday phrasing (2026.11 coverage sprint) ---
    n't mutual =1.5
    never mutual =1.5
    n't reciprocate~ =2
    nobody reciprocate~ =2
    no one reciprocate~ =2
    return~ in kind =1.5
    repay~ in kind =1.5
    respond~ in kind
    love~ me back =1.5
    return~ the love =1.5
    return~ my love
    never love~ me back =2
    n't love~ me back =2
    do the same for me =2
    done the same for me =1.5
    did the same for me =1.5
    same for me =0.5
    do the same for them =1
    never the other way around =2
    not the other way around =1.5
    never the other way =1.5
    never vice versa =2
    not vice versa =1.5
    shoe * on the other foot =1.5
    roles were reversed =1.5
    when the roles * reversed =1.5
    # --- round 2 (generalisation): returning in kind, passing it on, role reversal ---
    do~ the same for =0.7
    done the same for =1
    close~ the loop =0.5
    close~ a loop =0.5
    pass~ it on =0.5
    pass~ it along =1
    pass~ it forward =1.5
    to the next person =0.4
    least i could do =1.5
    least i can do =1.5
    least we could do =1.5
    now .. the one who need~ =1.5
    now she's the one =1.5
    now he's the one =1.5
    now they're the one~ =1.5
    now i'm the one =1
    now it's my turn =1.5
    now it's her turn =1.5
    now it's his turn =1.5
    now it's their turn =1.5
    when it's * turn =1
    when it was * turn =1
    your turn to =0.5
    forget~ * turn =0.7
    skip~ * turn =0.7
    never go~ the other way =1.5
    never goes the other way =1.5
    n't go~ the other way =1.5
    one good turn =1.5
    what goes around =0.7
    # --- round 3 (new writers): things sent back, kindness answered, trading in kind ---
    send~ one back =1
    send~ something back =1
    send~ * back to her =0.7
    send~ * back to him =0.7
    send~ * back to them =0.7
    never go~ back empty =1.5
    never .. back empty =1.5
    go~ back empty =1
    card~ back =0.7
    never .. card~ back =1.5
    n't .. card~ back =1.5
    gift~ back =1
    present~ back =1
    never .. in return =1.5
    n't .. in return =1
    kindness .. unanswered =1.5
    never let a kindness =1.5
    return~ * kindness =1.5
    kindness back =1.5
    a good turn =1
    reap what * sow =0.5
    teach~ each other =1
    square~ us =1.5
    that squares =1
    better end of =0.7
    we swap~ =0.7
    take~ it in turns =1
    if someone .. your =1
    if someone .. for you =1.5
    if somebody .. your =1
    if somebody .. for you =1.5
    that helped you =0.7
    who helped you =0.7
    that helped us =0.5
    return~ the compliment =1
    favo* back =1.5
    # --- round 4 (arts, clubs and faith, city service work, columnists): general forms ---
    keep it by giving it away =1.5
    teach~ the next =1
    for the next person =0.5
    the next time someone =0.5
    now i pick~ up =0.7
    the guy i sponsor =1.5
    the woman i sponsor =1.5
    my own sponsor =1
    feel~ right =0.4
    unwritten rule =1
    an unwritten =0.7
    if someone * you a =0.7
    if somebody * you =0.7
    if someone teach~ =1.5
    if someone feed~ =1.5
    if someone lend~ =1.5
    if someone give~ =1
    you teach~ the next =1.5
    # --- round 5 (new writers: health and care, parents and schools, mobile lives, reflective writing): arrangements, swaps and turns returned ---
    fair's fair =1.5
    fair is fair =1.5
    have an arrangement =1
    a little arrangement =1
    our arrangement =0.7
    have a swap =1.5
    a swap going =1.5
    whoever .. buy~ =1
    whoever .. pay~ for =1
    whoever .. bring~ =1
    how .. street .. work~ =1
    for a kindness =1
    her thank-you =1
    his thank-you =1
    my thank-you =1
    their thank-you =1
    club~ together =0.7
    slip~ me =0.7
    bake~ him =0.7
    bake~ her =0.7
    bake~ them =0.7
    dish back empty =1.5
    never .. send~ a dish back =1.5
    never .. send~ it back empty =1.5
    i do hers =1.5
    i did hers =1.5
    she does mine =1.5
    he does mine =1.5
    she did mine =1.5
    he did mine =1.5
    cover~ mine =1
    turn~ up on * doorstep =0.7

# ---------------------------------------------------------------------------------------------
facet one-sided-effort
about Effort, care and attention that flow one way only; being the one who always shows up, listens, plans and tries.
source Walster, E., Walster, G. W. & Berscheid, E. (1978). Equity: Theory and Research. Allyn & Bacon; with Gouldner (1960).

    one-sided
    one sided
    one-sided friendship~ =2
    one-sided relationship~ =2
    one-sided love =1.5
    one-sided effort =2
    one-sided conversation~ =1.5
    feel~ one-sided =2
    felt one-sided =2
    lopsided
    unbalanced =0.5
    imbalance =0.5
    uneven effort =1.5
    all the effort =1.5
    put~ in all the effort =2
    put~ in the effort =0.5
    more effort than
    all the heavy lifting
    zero effort
    no effort
    made no effort =1.5
    make~ no effort =1.5
    equal effort =1.5
    the only one making =1.5
    the only one trying =1.5
    the only one who tri~ =1.5
    the only one who care~ =1.5
    the only one putting in =2
    cared more than
    i'm always the one =1.5
    i was always the one =1.5
    always the one who
    always the one to
    always the one who give~ =2
    always the one who show~ up =2
    carry~ the friendship =1.5
    carry~ the relationship =1.5
    did all the work =1.5
    emotional labor
    emotional labour
    give and give =2
    gave and gave =2
    gave too much
    give~ more than i receive~ =1.5
    gave more than i got =1.5
    overgiv* =1.5
    match~ * effort =1.5
    match~ * energy
    return~ the effort =1.5
    never return~ the effort =2
    effort wasn't returned =2
    effort was never returned =2
    never ask~ about me =2
    never ask~ how i =2
    never once ask~ =1.5
    never ask~ about my =1.5
    didn't ask about me =1.5
    doesn't ask about me =1.5
    no one ask~ how i =1.5
    nobody ask~ how i =1.5
    no one ask~ about me =1.5
    nobody ask~ about me =1.5
    only talk~ about themselves =1.5
    only talk~ about herself =1.5
    only talk~ about himself =1.5
    always about them
    never about me =1.5
    listen~ to their problems
    their therapist
    free therapist =1.5
    unpaid therapist =1.5
    emotional dumping
    nobody show~ up for me =2
    no one show~ up for me =2
    never show~ up for me =2
    wasn't there for me =2
    weren't there for me =2
    never there for me =2
    not there for me =1.5
    always there for them =1.5
    always there for everyone =1.5
    where were they when =2
    where were you when =1.5
    when i needed them =1.5
    # --- everyday phrasing (2026.11 coverage sprint) ---
    always me =0.7
    always me who =1.5
    always me that =1
    it's always me =1.5
    why is it always me =2
    why is it always =0.5
    why am i always the =1.5
    always me asking =1.5
    always me calling =1.5
    always me reaching =1.5
    always me making =1.5
    always me driving =1.5
    never .. come~ to see me =1.5
    never available for me =2
    n't available for me =1.5
    always available for =1
    never around for me =1.5
    never around when i =1.5
    end~ up being about =1.5
    being about him =1
    being about her =1
    being about them =1
    always about him =1.5
    always about her =1.5
    care~ more about .. than =1.5
    than the other person =1.5
    always end~ up =0.8
    always have to be the one =1.5
    have to be the one who =1
    be the one who =0.5
    just once i =1
    i do everything =0.5
    i do all the =1
    i did all the =1
    do~ everything for =1
    did everything for =1
    nobody think~ to =1
    no one think~ to =1
    nobody thought to =0.5
    no one thought to =0.5
    never think~ to =1
    never thought to =1
    ask~ what i need =1.5
    asked what i need =1.5
    when i asked for =0.8
    when i asked her =0.7
    when i asked him =0.7
    when i asked them =0.7
    the ones i'd =0.7
    those i'd =0.7
    people i'd =0.5
    the only one who ever =1.5
    only one .. giving =1.5
    only one .. trying =1.5
    only one .. planning =1.5
    only one .. rowing =1.5
    only one who ever =1.5
    the one planning =1.5
    the one driving =1
    the one asking =1
    not once has =1
    on the phone for hours =0.5
    generosity =0.5
    reach~ out to me first =1.5
    never .. had me over =2
    never .. had us over =2
    never .. had us back =2
    never .. have me over =2
    never .. have us over =2
    never .. ask~ about =1.5
    never .. return~ the =1.5
    the one who always =1.5
    the friend who always =1.5
    i'm the friend who =1
    i was the friend who =1
    i'm the one who =0.7
    i was the one who =0.7
    i am the one who =0.7
    the only one who =0.3
    the friend everyone =1.5
    everyone's therapist =1.5
    everyone comes to me =1
    everyone lean~ on me =1.5
    tired of being the one =2
    sick of being the one =2
    tired of always being =1.5
    tired of being the =1
    exhausting to be the =1
    done being the one =2
    stop~ being the one =2
    stopped being the one =2
    stop~ being the friend who =2
    the one time i =1
    the one time i ask~ =1.5
    the one time i need~ =1.5
    when i needed =0.8
    when i needed her =1.5
    when i needed him =1.5
    when i needed help =1.5
    when i needed someone =1
    when i needed a =1
    when it was my turn =1.5
    when it's my turn =1.5
    when it came to me =0.5
    when i was the one =1
    when i got sick =0.4
    all the planning =1.5
    do~ all the planning =2
    all the organi* =1.5
    all the driving =1.5
    all the inviting =2
    all the calling =2
    all the texting =2
    all the reaching out =2
    all the hosting =2
    all the giving =2
    all the initiat* =2
    all the asking =1.5
    all the listening =1.5
    all the remembering =2
    all the compromising =1.5
    all the emotional =1.5
    make~ all the plans =2
    made all the plans =2
    made all the effort =2
    i organi* everything =1.5
    plan~ everything =1
    carry~ the conversation =1.5
    carry~ the weight =1
    carry~ the load =1
    carry~ it all =1
    carry~ everything =1
    how much i carried =1.5
    notice~ how much i =1.5
    how much i gave =1.5
    how much i give =1.5
    mental load =1.5
    invisible labor =1.5
    invisible labour =1.5
    make~ the effort =0.7
    made the effort =0.7
    make~ an effort =0.5
    made an effort =0.5
    stop~ making the effort =1.5
    stop~ making an effort =1.5
    stopped making the effort =1.5
    never make~ the effort =2
    never make~ an effort =2
    never make~ any effort =2
    n't make~ the effort =1.5
    n't make~ an effort =1.5
    n't make~ any effort =1.5
    never made the effort =2
    never made an effort =2
    never made any effort =2
    low-effort =1
    low effort =1
    minimal effort =1
    bare minimum =0.7
    more invested =1.5
    more invested than =2
    put~ in the work =1
    i put in =0.5
    more than * love~ me =1.5
    more than * care~ about me =1.5
    need~ them more than =1.5
    try~ and try~ =0.7
    give~ so much =0.7
    gave so much =0.7
    gave everything =0.7
    give~ too much =1
    give~ more than =1
    gave more than =1
    get~ nothing back =2
    got nothing back =2
    get~ little back =1.5
    got little back =1.5
    so little back =1.5
    none back =1
    never get~ anything back =2
    never got anything back =2
    n't get~ anything back =1.5
    n't get~ much back =1.5
    give~ and get~ nothing =2
    gave and got nothing =2
    always giving =1
    always the one giving =2
    always the giver =2
    never the receiver =2
    a giver =1
    giver =0.7
    givers =0.7
    ask~ all the questions =1.5
    asked all the questions =1.5
    ask~ back =1
    ask~ me back =1
    never ask~ back =2
    never ask~ me back =2
    nobody ask~ back =2
    no one ask~ back =2
    no one .. ask~ back =1.5
    ask~ how i =0.5
    ever ask~ how i =1.5
    ever ask~ about me =1.5
    never .. ask~ how i =1.5
    never .. ask~ about me =1.5
    never .. ask~ about my =1.5
    nobody .. ask~ how i =1.5
    no one .. ask~ how i =1.5
    n't ask~ how i =1.5
    n't even ask~ =1.5
    never even ask~ =1.5
    never ask~ how =1.5
    never ask~ me =1.2
    how i'm holding up =0.7
    not once ask~ =1.5
    not once did they =1.5
    not once did she =1.5
    not once did he =1.5
    change~ the subject back =1
    back to herself =1
    back to himself =1
    back to themselves =1
    turn~ it back to =1.5
    turn~ * conversation back to =1.5
    make~ everything about =1.5
    everything is about her =1.5
    everything is about him =1.5
    everything is about them =1.5
    make~ it about herself =1.5
    make~ it about himself =1.5
    make~ it about themselves =1.5
    listen~ to * problems =1
    listen~ .. for hours =1
    what about me =0.7
    show~ up for them =1
    show~ up for her =1
    show~ up for him =1
    show~ up for everyone =1.5
    i always show~ up =1
    always show~ up for =1
    show~ up for me =0.7
    who showed up for me =1
    no one was there for me =2
    nobody was there for me =2
    always there for =1
    there for everyone =1.5
    there for them =0.7
    drop~ everything =0.7
    drop~ everything for =1.5
    dropped everything for =1.5
    out of my way for =1
    out of my way to =0.7
    never .. out of their way =1.5
    do anything for =0.5
    everything i do for =1.5
    everything i did for =1.5
    everything i've done for =2
    everything i have done for =2
    after everything i =1.5
    after all i've done =2
    after all i did =2
    after all i have done =2
    all i've done for =2
    all i did for =1.5
    all that i've done =1.5
    after all the times i =2
    all the times i =1
    all those times i =1
    people i .. helped =1
    ones i .. helped =1
    friends i .. helped =1
    everyone i .. helped =1
    i'd helped =0.7
    i had helped =0.7
    never do~ anything for me =2
    never does anything for me =2
    never did anything for me =2
    n't do~ anything for me =1.5
    never do~ that for me =2
    why i bother =0.7
    why do i bother =0.7
    would anyone do =1
    would they do the same =1.5
    keep~ the friendship alive =1.5
    kept the friendship alive =1.5
    keep~ the friendship going =1.5
    kept the friendship going =1.5
    kept alive by =1
    by me alone =1.5
    hold~ up my end =1.5
    held up my end =1.5
    do~ their part =1.5
    do~ their half =1.5
    their fair share =1.5
    fair share =1
    do~ their share =1.5
    n't do~ their part =1.5
    n't pull~ * weight =1.5
    # --- round 2 (generalisation): carrying it alone, conversations that swing back, roles ---
    back to her own =1.5
    back to his own =1.5
    back to their own =1
    stor* about her own =1.5
    stor* about his own =1.5
    stor* about their own =1.5
    when i mention~ my =0.5
    such a good listener =1
    carry~ the whole =1
    carry~ more than =1.5
    carrying more than =1.5
    carry~ everyone =1.5
    carry~ theirs =1.5
    me carrying =1
    contribute~ nothing =1.5
    add~ nothing =0.5
    's contribution~ =0.5
    his contribution~ =1
    her contribution~ =1
    their contribution~ =1
    chat alive =1.5
    group alive =1
    while someone else =0.5
    every time i ask~ =0.5
    more than * share =1.5
    every single one of his =0.5
    every single one of her =0.5
    every single one of their =0.5
    without being asked =0.7
    the reliable one =1
    the dependable one =1
    the responsible one =0.5
    the friend with a car =1.5
    the one with a car =1
    the one with the car =1
    chauffeur =0.7
    everyone's translator =1.5
    everyone's chauffeur =1.5
    everyone's taxi =1.5
    everyone's driver =1.5
    everyone's go-to =1.5
    everyone's agony aunt =1.5
    everyone's shoulder =1.5
    everyone's emergency contact =1.5
    everyone's babysitter =1.5
    everyone's rock =1.5
    everyone's safety net =1.5
    the family rock =1
    's rock =0.5
    not one of them =0.7
    nobody think~ to ask =1.5
    no one think~ to ask =1.5
    not one of them think~ =1.5
    not one .. think~ to =1.2
    never think~ to ask =1.5
    n't think~ to ask =1.5
    shift for me =0.7
    answer~ everyone's =1
    of that was me =1
    instead of mine =0.5
    straight back to talking about =1.5
    straight back to his ex =1
    straight back to her ex =1
    # --- round 3 (new writers): the one time it was needed back ---
    the one morning i =1
    the one day i =1
    the one night i =1
    the one week i =1
    the one weekend i =1
    help~ .. move house =0.5
    help~ .. move out =0.5
    # --- round 4 (arts, clubs and faith, city service work, columnists): general forms ---
    i'm the friend with =1.5
    being the friend with =1.5
    the friend with the =0.7
    the friend with the spare =1.5
    i'm done carrying =1.5
    done carrying =1.5
    carry~ this =0.4
    carry~ the team =1
    carry~ the group =1
    carry~ the club =1
    bridge .. walk~ across =1.5
    bridge i built =1
    i'm the one getting =0.7
    i'm the one driving =1.5
    i'm the one doing =1.5
    i'm the one making =1.5
    i'm the one travel~ =1.5
    room for mine =1.5
    time for mine =1.5
    space for mine =1.5
    never .. for mine =1
    so easy to ask =1
    easy to ask =0.5
    come to me for once =2
    to me for once =1.5
    me for once =1
    swap~ * with me =0.5
    a trade that works =1.5
    cover~ .. shift~ =1
    swap~ with me =1
    # --- round 4: more of the same forms ---
    the one with the spare room =1.5
    visit me for once =1.5
    so someone else could =0.7
    # --- round 5: one person pulling, knowing everyone and being known by no one ---
    one person pulling =1.5
    one person doing =1
    one person carrying =1.5
    one person rowing =1.5
    more than one driver =1.5
    human uber =1.5
    know~ everyone's =1
    nobody knows mine =1.5
    no one knows mine =1.5
    know the names of her =1
    know the names of his =1
    know the names of their =1
    after me for a change =1.5
    me for a change =1
    designated listener =1.5
    keep~ giving anyway =1.5
    give~ up every =0.7
    bridge .. cross~ =1
    bridge everyone =1.5
    group's wallet =1.5
    feel~ like the * wallet =1.5

# ---------------------------------------------------------------------------------------------
facet who-reaches-out
about Contact that is not returned: who calls, texts, checks in, invites and hosts first, and who never does.
source Gouldner (1960), norm of reciprocity; Dunbar, R. I. M. (2018). The anatomy of friendship. Trends in Cognitive Sciences 22(1), 32-51 (contact frequency sustains ties).

    reach~ out =0.5
    reach~ out to me
    reach~ out first =1.5
    i reach~ out
    i always reach~ out =2
    never reach~ out =1.5
    never once reach~ out =2
    no one reach~ out =1.5
    nobody reach~ out =1.5
    didn't reach out =1.5
    doesn't reach out =1.5
    keep~ reaching out =1.5
    kept reaching out =1.5
    stop~ reaching out =1.5
    who reach~ out
    who reach~ out to whom =2
    who reach~ out first =2
    the only one reaching out =2
    one who reach~ out =1.5
    always the one who reach~ out =2
    always the one to reach out =2
    one who call~ =1.5
    always the one who call~ =2
    always the one to call =2
    i always call =1.5
    i always text first =2
    i always initiat* =2
    i always check in =1.5
    i always host =1.5
    one who text~ =1.5
    always the one who text~ =2
    always the one to text =2
    one who initiat* =1.5
    always the one who initiat* =2
    always the one to initiate =2
    initiat* contact =1.5
    initiat* plans =1.5
    never initiat* =1.5
    always the one making plans =2
    one who make~ plans =1.5
    always the one who make~ plans =2
    never make~ plans =1.5
    never made plans =1.5
    one who check~ in =1.5
    always the one who check~ in =2
    always the one to check in =2
    never check~ in =1.5
    never check~ on me =1.5
    text~ first
    never text~ first =2
    who text~ who =1.5
    who call~ who =1.5
    never text~ back =2
    never text~ me back =2
    nobody text~ back =2
    no one text~ back =2
    didn't text back =1.5
    didn't text me back =1.5
    doesn't text back =1.5
    never text~ =1.5
    never message~ me =1.5
    never call~ =1
    never call~ me =1.5
    never call~ back =1.5
    never call~ me back =2
    didn't call back =1.5
    didn't call me back =1.5
    nobody call~ back =2
    no one call~ back =2
    never return~ * call~ =2
    never return~ my message~ =2
    never return~ * text~ =2
    unreturned call~ =2
    unanswered call~
    never wrote back =1
    invite~ * back =1
    never invite~ * back =2
    return~ the invite~ =1.5
    always the one who host~ =1.5
    always hosting =1
    remember~ their birthday~
    forg* mine =1.5
    effort to keep in touch
    only one keeping in touch =2
    only one staying in touch =2
    # --- everyday phrasing (2026.11 coverage sprint) ---
    message~ first =1
    call~ first =1
    who text~ first =1.5
    who call~ first =1.5
    who message~ first =1.5
    always text~ first =1.5
    always message~ first =1.5
    always call~ first =1.5
    always reach~ out first =2
    always make~ the first move =1.5
    always made the first move =1.5
    make~ the first move =0.5
    double text~ =0.7
    double-text~ =0.7
    who always check~ in =1.5
    always check~ in =1
    who invite~ =1
    who host~ =1.5
    who initiat* =1
    who remember~ =0.7
    if i don't call =1.5
    if i didn't call =1.5
    if i don't text =1.5
    if i didn't text =1.5
    if i don't .. message~ =1.5
    if i didn't .. message~ =1.5
    if i don't .. call~ =1.2
    if i didn't .. call~ =1.2
    if i don't .. text~ =1.2
    if i didn't .. text~ =1.2
    if i don't reach~ out =1.5
    if i didn't reach out =1.5
    if i don't .. reach~ out =1.2
    if i don't make~ plans =1.5
    if i didn't make plans =1.5
    if i don't organi* =1.5
    if i didn't organi* =1.5
    if i don't plan =1.5
    if i don't invite~ =1.5
    if i didn't invite =1.5
    if i don't host =1.5
    if i stop~ call~ =1.5
    if i stop~ text~ =1.5
    if i stop~ reaching out =1.5
    if i stop~ .. invit~ =1.5
    if i stop~ initiat* =1.5
    if i stop~ .. check~ in =1.5
    if i stop~ making plans =1.5
    unless i call~ =2
    unless i text~ =2
    unless i message~ =2
    unless i reach~ out =2
    unless i initiat* =2
    unless i make~ plans =2
    unless i make~ the =1.5
    unless i invite~ =1.5
    not unless i =1.5
    i stop~ .. call~ =1.2
    i stop~ .. text~ =1.2
    i stop~ .. reaching out =1.2
    i stop~ .. invit~ =1
    i stop~ .. initiat* =1.5
    i stop~ making plans =1.5
    i stop~ .. organi* =1.2
    i stop~ .. host~ =1.2
    i stop~ .. check~ in =1.2
    i stop~ sending =1
    the minute i stopped =1
    the moment i stopped =1
    the day i stopped =1
    as soon as i stopped =1
    once i stopped =0.7
    when i stopped =0.5
    to see if * would call =2
    to see if * would text =2
    to see if * call~ =1.5
    to see if * text~ =1.5
    to see if * reach~ out =1.5
    to see if * notice~ =1
    to see if anyone would =1
    to see what would happen =0.7
    as a test =0.7
    as an experiment =0.5
    wait~ for * to call =1.5
    wait~ for * to text =1.5
    wait~ for * to reach =1.5
    wait~ for them to =0.7
    n't text~ back =1.5
    n't text~ me back =2
    n't call~ back =1.5
    n't call~ me back =2
    never .. text~ back =1.5
    never .. call~ back =1.5
    never .. call~ me back =2
    n't return~ my =1.5
    never .. return~ my =1.5
    no one return~ =1.5
    nobody return~ =1.5
    never hear~ from =0.7
    never heard from =0.7
    wall of my messages =1.5
    my blue bubbles =1
    blue bubbles =0.7
    single text =0.5
    never had us back =2
    never have us back =2
    never had me back =2
    have us back =1.5
    had us back =1.5
    have me over =1
    had me over =1
    have us over =1
    had us over =1
    never had us over =2
    never had me over =2
    never have * over =2
    never invite~ us =1.5
    never invite~ me over =2
    invite~ us over =0.5
    n't invite~ * back =1.5
    never .. invite~ * back =2
    return~ the invitation =1.5
    return invitation~ =1.5
    never return~ the invit* =2
    n't return~ the invit* =2
    invitations from me =1.5
    zero from them =1.5
    none from them =1.5
    nothing from them =1
    every invitation =0.5
    never been to their =1.5
    never .. seen the inside of =1.5
    remember~ .. birthday~ =1
    remember~ everyone's birthday~ =1.5
    forg* my birthday =1
    n't remember~ mine =1.5
    never remember~ mine =1.5
    nobody remember~ my birthday =1.5
    no one remember~ my birthday =1.5
    my birthday came and went =0.5
    birthday came and went =0.5
    always send~ a card =1.5
    send~ a card =0.5
    sent a card =0.5
    who sent flowers =0.7
    who came to my =0.5
    only one who remember~ =1.5
    ever check~ on me =1.5
    check~ on me =0.7
    check~ on everybody =1
    check~ on everyone =1
    never .. start~ the conversation =2
    n't start~ .. conversation~ =1.5
    always start~ the conversation =1.5
    who start~ the conversation =1.5
    never start~ conversations =1.5
    magically appear~ =1
    always send~ =0.7
    i always send =1
    when was the last time =0.7
    last time * call~ me =1
    last time * ask~ =0.7
    only one .. calling =1.5
    only one .. texting =1.5
    the one dialing =1.5
    one who dial~ =1.5
    dial~ first =1.5
    the one calling =1
    the one texting =1.5
    not once call~ =1.5
    not once text~ =1.5
    n't call~ once =1.5
    one-word answer~ =1
    one-word repl* =1
    one word answers =1
    i text~ again =1
    text again =0.7
    outbox =1
    outgoing calls =1
    my sent messages =1
    sent folder =0.7
    call~ me first =1.5
    text~ me first =1.5
    message~ me first =1.5
    count on one hand =0.7
    count on one hand the times =1.5
    never .. call~ me first =2
    never .. text~ me first =2
    # --- round 2 (generalisation): every channel of contact, invitations round, unanswered sends ---
    only .. ring~ when =1.5
    only .. phone~ when =1.5
    only .. message~ when =1.5
    only .. visit~ when =1.5
    only .. get~ in touch when =1.5
    only .. contact~ me when =1.5
    only .. ring~ me =1
    only .. phone~ me =1
    never .. ask~ * round =1.5
    never .. ask~ * over =1.5
    never .. invite~ * round =1.5
    never .. invite~ * over =1.5
    never .. been asked round =1.5
    would ever call~ =1
    would ever text~ =1
    would ever invite~ =1
    would ever make~ =0.7
    would ever reach~ =1
    would still call~ =1.5
    would still text~ =1.5
    would .. still call~ =1.2
    still call~ if =1.5
    still text~ if =1.5
    if i stop~ making =1.5
    replied to maybe =1.5
    replied to only =1
    replied to * of them =1
    replied with a thumbs =1.5
    react~ with a =0.5
    never .. remember~ my birthday =2
    n't .. remember~ my birthday =1.5
    ask~ how .. holding up =1.5
    check~ on me too =1.5
    how they're holding up =0.7
    how you're holding up =0.7
    how i was holding up =1
    ask~ how i'm holding up =1.5
    if i didn't drive =1
    if i don't drive =1
    if i didn't book =1
    if i don't book =1
    check~ mine too =1
    # --- round 3 (new writers): contact and visits that only go one way ---
    never theirs =1.5
    i'm the first call =1.5
    i'm their first call =1.5
    first person they call~ =1.5
    first one they call~ =1.5
    first number they call~ =1
    # --- round 4 (arts, clubs and faith, city service work, columnists): general forms ---
    asked me a single =1.5
    ask~ me a single =1.5
    asked me one =1
    ask~ about their =0.4
    ask~ about mine =1.5
    never .. about mine =1.5
    single follow-up =1.5
    a follow-up question =0.5
    send~ again =0.5
    been to their =0.4
    seen mine =1
    been to mine =1.5
    # --- round 4: more of the same forms ---
    never been to mine =1.5
    n't been to mine =1.5
    never seen mine =1.5
    n't seen mine =1.5
    never .. asked me a single =1.5
    n't ask~ me a single =1.5
    to know if i still =0.5
    goes quiet once =1.5
    go~ quiet once =1.5
    # --- round 5: asking after, going first, what happens if i stop ---
    ask~ after mine =1.5
    n't once ask~ =1.5
    send~ one first =1
    wonder .. if i stop~ =1
    how long .. if i stop~ =1.5
    if i stopped =0.7
    the first to ask =0.7
    from me to her =0.7
    from me to him =0.7
    from me to them =0.7
    from her to me =0.7
    from him to me =0.7
    from them to me =0.7
    visits from me =1
    got a thumbs-up =0.5

# ---------------------------------------------------------------------------------------------
facet owing-and-repaying
about Debts of favour and gratitude: owing, returning the favour, paying back, gifts that call for a return.
source Mauss, M. (1925). Essai sur le don (The Gift); Gouldner (1960) on indebtedness and repayment.

    owe~ me =1.5
    owe~ them
    owe~ you =0.5
    owe~ you one =1.5
    owe~ * one
    owe~ * a favo* =1.5
    owe~ nothing
    owe~ anyone
    owe~ * anything
    i'm owed =1.5
    debt of gratitude =1.5
    in my debt =1.5
    in your debt =1.5
    in their debt =1.5
    indebted~
    return~ the favo* =1.5
    return~ a favo*
    never return~ the favo* =2
    trade~ favo*
    call~ in * favo*
    owed * favo*
    favo* owed
    repay~ =0.5
    repaid =0.5
    repay~ the favo* =1.5
    repay~ * kindness =1.5
    never repay~
    return~ the kindness =1.5
    return~ the gesture =1.5
    return~ the gift =1.5
    gift~ in return =1.5
    a favo* for a favo* =1.5
    pay~ it back
    pay~ * back =0.5
    paid me back
    never paid * back =1.5
    never pay~ * back =1.5
    pay~ it forward
    paid it forward
    feel~ obligated
    felt obligated
    feel~ obliged
    felt obliged
    sense of obligation
    out of obligation
    mutual obligation~ =1.5
    we're even
    call it even
    turn to pay
    whose turn =0.5
    never pay~ their share =1.5
    pay~ their share
    never pick~ up the check =1.5
    never pick~ up the tab =1.5
    gift-giving =0.5
    # --- everyday phrasing (2026.11 coverage sprint) ---
    favour =0.4
    favours =0.5
    favor =0.4
    favors =0.5
    a favour =0.5
    a favor =0.5
    ask~ for a favo* =1
    ask~ for favo* =1
    ask~ me for =1
    ask~ me for help =1.5
    ask~ me for money =1.5
    asks me for advice =1.5
    need~ a favo* =1.5
    do me a favo* =0.5
    owe~ her =0.7
    owe~ him =0.7
    owe~ us =1
    owe~ my =0.5
    owe~ everything =1
    owe~ them everything =1.5
    owe~ my parents =1.5
    owe~ my family =1.5
    owe~ it to them =1.5
    owe~ it to my =1
    feel~ like i owe~ =1.5
    felt like i owed =1.5
    what i'm owed =1.5
    iou =1
    forever in debt =1.5
    in debt to =1
    repay~ the debt =1
    never repaid =1.5
    pay~ back =0.5
    paid back =0.5
    pay~ me back =1.5
    never paid me back =2
    never pay~ me back =2
    never pay~ back =1.5
    never paid back =1.5
    n't pay~ me back =1.5
    n't paid me back =1.5
    n't pay~ back =1.5
    n't paid back =1.5
    never pay~ them back =2
    never .. pay~ them back =1.5
    n't return~ the favo* =2
    never .. return~ the favo* =2
    n't return~ the kindness =2
    nobody return~ the favo* =2
    return~ the favo* once =1
    make it up to =0.5
    water~ their plants =0.7
    water~ her plants =0.7
    water~ his plants =0.7
    feed~ their cat =0.7
    fed their cat =0.7
    fed their dog =0.7
    watch~ mine =1
    babysat =0.5
    not to return the =1
    n't return~ the =1.2
    deposits =0.4
    never came back to me =1
    lent my =1
    lent .. money =1.5
    lend~ me =0.5
    lent me =0.5
    borrow~ my =1
    borrow~ money =0.7
    lend~ money =0.7
    borrow~ and never =2
    never gave it back =1.5
    never give~ it back =1.5
    never return~ it =1.5
    never return~ them =1.5
    never replace~ =1.5
    nothing ever came back =1.5
    nothing came back =1
    nothing comes back =1.5
    nothing ever comes back =1.5
    slate is clean =1
    next time's on me =1.5
    next time is on me =1.5
    next one's on me =1.5
    i'll get the next one =1.5
    get you next time =1
    my treat =0.5
    treat~ me to =0.5
    be treated to =1
    never treat~ me =1
    end~ up paying =1.5
    end~ up footing =1.5
    always pay~ =1
    i always pay =1.5
    always pick~ up the check =1.5
    always pick~ up the tab =1.5
    always pick~ up the bill =1.5
    pick~ up the check =0.7
    pick~ up the tab =0.7
    pick~ up the bill =0.7
    never pick~ up the bill =1.5
    foot~ the bill =0.7
    stuck with the bill =1
    stick~ me with the bill =1.5
    left me with the bill =1.5
    pay~ for everything =1
    paid for everything =1
    forg* his wallet =1.5
    forg* her wallet =1.5
    forg* their wallet~ =1.5
    never offer~ to pay =2
    n't offer~ to pay =2
    never offer~ to =1.5
    n't offer~ to =1.5
    never once offer~ =1.5
    nobody offer~ to =1
    no one offer~ to =1
    never chip~ in =1.5
    n't chip~ in =1.5
    never paid =0.7
    never pay~ for =1
    send~ money home =1
    sent money home =1
    sent money back home =1
    remittance~ =0.5
    filial duty =1
    filial piety =1.5
    filial =0.5
    family obligation~ =1
    obligated =0.5
    obligation =0.4
    everything they did for me =1
    everything they've done for me =1.5
    all they've done for me =1.5
    after everything they did for =2
    never let * forget =1.5
    hold~ it over me =2
    hold~ * over my head =1.5
    held it over me =2
    held * over my head =1.5
    throw~ it in my face =1
    throw~ it back in my face =1
    installment =0.5
    installments =0.5
    instalment =0.5
    instalments =0.5
    tag attached =1
    come~ with a price =1
    came with a price =1
    come~ with strings =1.5
    came with strings =1.5
    came with conditions =1
    nothing is free =1
    nothing is ever free =1.5
    nothing comes free =1.5
    empty-handed =0.7
    empty handed =0.7
    show~ up empty-handed =1.5
    bring~ nothing =1
    brought nothing =1
    never bring~ anything =1.5
    never brought anything =1.5
    gift~ .. in return =1.5
    gift~ i give~ =1
    gifts i gave =1
    every gift i =1
    a simple thank you =1.5
    not so much as a thank =1.5
    without so much as =1
    without a thank you =1.5
    not even a thanks =1.5
    n't even say thank =1.5
    n't say thank you =1.5
    never said thanks =1.5
    never say~ thank =1.5
    not even a card =1
    paid for the last =1.5
    get~ nothing =0.6
    give~ .. and get~ =1
    ever offer~ =0.8
    ever offer~ to =1
    gas money =0.7
    only one .. paying =1.5
    the one paying =1.5
    not once offer~ =1.5
    bring anything =0.8
    brought anything =0.8
    brought meals =1
    bring~ meals =0.7
    bring~ a meal =0.7
    brought a meal =0.7
    never .. offer~ to =1.5
    never .. pay~ me back =2
    # --- round 2 (generalisation): settling up, refusing payment, thanks in kind, gifts that come back ---
    we're square =1.5
    we are square =1.5
    square now =1
    call it square =1.5
    even things out =1.5
    even things up =1.5
    even it out =0.7
    n't take .. money =1.5
    n't take a penny =1.5
    n't take a cent =1.5
    n't take a dime =1.5
    n't take payment =1.5
    n't accept .. money =1.5
    n't let me pay =1.5
    refuse~ to take .. money =1.5
    refuse~ payment =1
    as a thank you =1.5
    as a thank-you =1.5
    by way of thanks =1.5
    to say thanks =0.5
    in thanks =0.7
    owe~ so many =1.5
    owe~ a lot of people =1.5
    pay~ .. them back =1.5
    pay~ .. her back =1.5
    pay~ .. him back =1.5
    pay~ .. you back =0.5
    small debt~ =1.5
    debt~ of kindness =1.5
    leave a debt =1
    bring~ it back with =1.5
    give~ it back with =1.5
    return~ it with =1.5
    had one back =0.5
    a single one back =1.5
    n't so much as =1.2
    not .. so much as =1.2
    never .. so much as =0.5
    so much as buy~ =1.5
    so much as send~ =1.5
    so much as a thank =1.5
    so much as a card =1.5
    the only currency =1.5
    something back =0.5
    ask~ for something back =1.5
    buy~ * round =1
    buy~ the next =0.5
    buy~ .. rounds =1
    get~ * round in =1.5
    reach~ for * wallet~ =1
    pay~ for every =0.5
    pay~ for my coffee =1
    for the * behind me =1
    expect~ me to pay =1.5
    assume~ i'll pay =1.5
    still owe~ =0.5
    thank-you note~ =0.5
    thank you note~ =0.5
    never .. reach~ for * wallet~ =1.5
    never .. reach~ for the bill =1.5
    assume~ i will pay =1.5
    on them forever =1
    on us forever =1
    on me forever =1
    never see~ .. come back =1
    turn~ up on my porch =0.7
    turn~ up on my step =0.7
    favo* was never returned =2
    get~ the next round =1.5
    # --- round 3 (new writers): owing, lending, rounds and shouts, family banks ---
    owe~ .. so much =1
    a debt to =0.7
    debt i could never =1.5
    debt i can never =1.5
    could never repay =1.5
    can never repay =1.5
    repay~ a debt =1
    not a bank =1.5
    not your bank =1.5
    not a charity =1.5
    family bank =1.5
    family atm =1.5
    run~ a bank =0.7
    borrow~ .. never =1.5
    never .. give~ it back =1.5
    still waiting to be paid =1.5
    still waiting for * money =1.5
    still waiting for my money =1.5
    it back to him =0.7
    it back to her =0.7
    it back to them =0.7
    put~ * hand in * pocket =0.7
    n't put~ * hand in =1.5
    never put~ * hand in =1.5
    whose shout =1.5
    my shout =1
    your shout =1
    shout~ .. round~ =1.5
    the last * rounds =1
    just to borrow =1.5
    only to borrow =1.5
    call~ .. to borrow =1.5
    ring~ .. to borrow =1.5
    text~ .. to borrow =1.5
    all chip~ in =0.7
    send~ every .. home =1
    stop~ sending .. present~ =1.5
    stop~ sending .. card~ =1.5
    stop~ sending .. gift~ =1.5
    bank of mum =1.5
    bank of mom =1.5
    bank of dad =1.5
    n't .. get~ a thank =1.5
    never .. get~ a thank =1.5
    not a word of thanks =1.5
    without a word of thanks =1.5
    no word of thanks =1.5
    never a word of thanks =1.5
    # --- round 4 (arts, clubs and faith, city service work, columnists): general forms ---
    owe~ .. big time =1.5
    owe~ her big =1.5
    owe~ him big =1.5
    owe~ them big =1.5
    no invoice =0.7
    give~ her back =0.5
    give~ him back =0.5
    borrow~ a cup =1
    back full =1.5
    lent us =0.4
    so when she asked =0.5
    so when he asked =0.5
    so when they asked =0.5
    # --- round 5: giving back, or nothing back ---
    n't give~ much back =1.5
    n't give~ anything back =1.5
    give~ much back =1
    to offer back =1.5
    offer~ back =1
    hand~ back none =1.5
    like an invoice =1
    back none of =1.5
    none of it back =1.5
    pick~ up a * tab =1
    pick~ up a tab =1
    nobody .. pick~ up a * tab =1.5

# ---------------------------------------------------------------------------------------------
facet keeping-score
about Balanced, conditional or transactional exchange: tallying who gave what, expecting a return, strings attached.
source Sahlins, M. (1972). Stone Age Economics (generalized, balanced and negative reciprocity); Blau, P. M. (1964). Exchange and Power in Social Life.

    keep~ score =1.5
    kept score =1.5
    keep~ track of who =1.5
    keep~ a tally =1.5
    emotional ledger =1.5
    scorekeeping =1.5
    count~ favo* =1.5
    score-keeping =1.5
    who owes who =1.5
    who owes whom =1.5
    who paid last =1.5
    transactional =1.5
    transactional friendship~ =2
    transactional relationship~ =2
    quid pro quo =1.5
    tit for tat =1.5
    tit-for-tat =1.5
    you scratch my back =1.5
    scratch~ my back
    scratch~ each other's back~
    what's in it for me =1.5
    what's in it for them =1.5
    cost-benefit
    strings attached
    no strings attached
    with strings attached =1.5
    in return
    nothing in return =1.5
    something in return =1.5
    expect~ something in return =1.5
    expect~ nothing in return =1.5
    without expecting anything in return
    in exchange for =0.5
    fair exchange
    more than my share
    more than * fair share
    settle~ the score =0.5
    conditional friendship =1.5
    # --- everyday phrasing (2026.11 coverage sprint) ---
    keep~ count =1
    kept count =1
    count~ it up =1
    counted up =0.7
    tally~ =0.7
    kept a tally =1.5
    scorecard =1
    keep~ a list =0.7
    kept a list =0.7
    mental list =1
    keep~ a mental =1.5
    kept a mental =1.5
    list of every =0.5
    i could write a list =0.7
    not that i'm counting =1.5
    not that i was counting =1.5
    but who's counting =1.5
    who's counting =1
    who does the =1
    who pays =1
    who pays for =1.5
    who paid =1
    who hosts =1.5
    who hosted =1.5
    who calls =1
    who texts =1
    who invites =1
    who remembers =1
    even steven =1
    square~ up =0.5
    all square =0.5
    it evens out =1
    even~ out =0.5
    transaction =0.7
    transactions =0.5
    like a transaction =1.5
    felt transactional =2
    feel~ transactional =2
    business deal =0.5
    what i can do for them =1.5
    what i could do for them =1.5
    what i can do for =1
    useful to them =1.5
    when i'm useful =1.5
    when i was useful =1.5
    expect~ something back =1.5
    expect~ * back =0.7
    n't expect~ anything back =1
    n't expect~ anything in return =1
    never expect~ anything =0.7
    unequal =0.5
    uneven =0.5
    imbalanced =0.7
    imbalance of effort =2
    out of balance =0.5
    from both sides =0.7
    keep~ track =0.7
    i keep track =1
    the last * times =0.4
    what do i get =1
    and what do i get =1.5
    what did i get =1
    and what did i get =1.5
    # --- round 2 (generalisation): lists of who did what, the norms of small exchange ---
    notebook in my head =1.5
    list in my head =1
    tally in my head =1.5
    notebook of who =1.5
    list of who =1.5
    who brought what =1.5
    who gave what =1.5
    who owes what =1
    who paid for what =1.5
    remember~ exactly who =1.5
    who brought * when =1
    who showed up when =1.5
    how it's always worked =1.5
    that's just how it work~ =0.5
    work~ because we =0.5
    work~ because everybody =1
    work~ because everyone =1
    only work~ if everyone =1.5
    if someone help~ =1.5
    if someone cover~ =1.5
    if someone do~ * for you =1.5
    someone help~ you =0.7
    cover~ theirs =1.5
    do~ theirs =0.7
    theirs next time =1.5
    one of theirs =0.7
    trade~ everything =1
    trade~ help =1.5
    trade~ skills =1
    we trade~ =0.5
    take~ theirs =0.7
    that's the whole deal =1
    exactly who brought =1.5
    exactly who showed up =1.5
    exactly who helped =1.5
    exactly who came =1
    how it work~ in our family =1.5
    how it work~ with us =1.5
    only work~ if we all =1.5
    only work~ if everybody =1.5
    keep~ tabs on who =1.5
    favo* bank =1.5
    # --- round 3 (new writers): lists of who lent what, what comes back ---
    who borrowed what =1.5
    who lent what =1.5
    remember~ whose =1
    what i get~ back =1.5
    what we get~ back =1.5
    all i get~ back =1.5
    what .. done for you =1
    what .. done for me =1
    what .. did for me =1
    what .. done for us =1
    what .. did for us =1
    subscription i pay =1.5
    a subscription i =1
    that's how it work~ =0.4
    how it work~ on our =1.5
    nobody remember~ whose =1.5
    no one remember~ whose =1.5
    # --- round 4 (arts, clubs and faith, city service work, columnists): general forms ---
    not keep~ score =1.5
    n't keep~ score =1.5
    not keeping count =1.5
    i'm not counting =1.5
    i wasn't counting =1.5
    i'm not keeping =0.5
    zero at his =1.5
    zero at hers =1.5
    zero at theirs =1.5
    none at his =1.5
    at mine and =0.7
    dinners at mine =1
    the arithmetic =0.5
    the score exists =1.5
    works for both of us =1
    work~ for both of us =1
    settle~ into a trade =1.5
    tab system =1
    # --- round 4: more of the same forms ---
    not that i keep~ =1.5
    not that anyone's counting =1.5
    not that anybody's counting =1.5
    my ledger =1
    # --- round 5: counting and trying not to ---
    i've been counting =0.7
    not to count =1
    try~ not to count =1.5

# ---------------------------------------------------------------------------------------------
facet taken-for-granted
about Being used, exploited or unappreciated: taking without giving, contact only when something is needed, gratitude withheld.
source Walster, Walster & Berscheid (1978), equity theory (under-benefit and exploitation); Gouldner (1960) on exploitation as a breach of reciprocity.

    feel~ used =1.5
    felt used =1.5
    being used
    use~ me
    using me =1.5
    just using me =2
    only using me =2
    taken advantage of =1.5
    advantage of me =2
    advantage of my =1.5
    exploit~ me =1.5
    exploitative
    only call~ when * need~ =2
    only call~ me when =2
    only text~ me when =2
    only reach~ out when =2
    only hear from * when =2
    only heard from * when =2
    only when they need~ =1.5
    only when it suit~ =1.5
    when * need~ something =1.5
    when it's convenient
    when it suit~ them =1.5
    fair-weather friend~ =2
    fair weather friend~ =2
    fair-weather =0.5
    freeload* =1.5
    mooch* =1.5
    emotional vampire~
    energy vampire~
    givers and takers =1.5
    a taker
    take~ and take~ =2
    took and took =2
    take~ without giving =2
    take~ and never give~ =2
    never give~ back =1.5
    never gave back =1.5
    nothing back =1.5
    taken for granted =1.5
    take~ me for granted =2
    took me for granted =2
    take~ * for granted =0.5
    unappreciated =1.5
    underappreciated =1.5
    under-appreciated =1.5
    ungrateful
    ingratitude =1.5
    no gratitude =1.5
    never thank~ me =1.5
    never thanked =1.5
    never said thank you =1.5
    not even a thank you =1.5
    doormat
    walk~ all over me
    bend~ over backwards =0.5
    bent over backwards =0.5
    # --- everyday phrasing (2026.11 coverage sprint) ---
    only .. call~ when =1.5
    only .. text~ when =1.5
    only .. reach~ out when =1.5
    only .. come~ around when =1.5
    only .. show~ up when =1.5
    only .. when * need~ =1.5
    only .. when they want~ =1.5
    only .. when it suit~ =1.5
    only .. hear from * when =1.5
    only hear from .. when =1.5
    only heard from .. when =1.5
    i only hear from =1.5
    i only heard from =1.5
    only ever hear from =1.5
    always the same few =1.5
    the same few =0.7
    the same handful =1
    always the same people =1
    owe~ you something =1.5
    whenever .. need~ something =1.5
    whenever .. want~ something =1.5
    when * want~ something =1.5
    unless they need~ =2
    unless she need~ =2
    unless he need~ =2
    unless * need~ something =2
    unless * want~ something =2
    need~ something =0.5
    suddenly busy =1.5
    suddenly * busy =1
    suddenly everyone was busy =1.5
    suddenly everyone had =1
    all take and no give =2
    all take =1
    take~ what * need~ =1
    take what they need =1.5
    takers =0.7
    taker =0.7
    people-pleaser =0.5
    people pleaser =0.5
    vending machine =1.5
    an atm =1.5
    their atm =1.5
    like an atm =1.5
    walking wallet =1.5
    open wallet =1
    their chauffeur =1
    their babysitter =1
    their bank =1
    their maid =1
    their doormat =1.5
    their personal =1
    taxi service =1
    free labor =1
    free labour =1
    free babysit* =1.5
    free childcare =1
    free taxi =1.5
    free therapy =1.5
    unpaid babysitter =1.5
    a convenience =1
    cover~ for me =0.8
    never .. cover~ for me =1.5
    cover~ * shift~ =1
    cover~ me for =0.7
    pick~ up the slack =1
    pick~ up * slack =1
    take~ credit for my =0.8
    never appreciate~ =1.2
    never appreciate~ me =2
    n't appreciate~ me =1.5
    n't appreciate~ =1
    nobody appreciate~ =1.5
    no one appreciate~ =1.5
    thankless =1
    never grateful =1.5
    n't grateful =1
    without any gratitude =1.5
    never show~ gratitude =1.5
    a little gratitude =1
    some gratitude =1
    never .. thank~ me =1.5
    n't thank~ me =1.5
    n't even thank~ =1.5
    eat~ my groceries =1
    eat~ my food =1
    use~ my stuff =1
    crash~ at my place =0.7
    drain~ me =0.5
    too busy to =0.7
    suddenly too busy =1.5
    expect~ us at =1
    expect~ me at =1
    expect~ us to =0.7
    notice~ everything i =1
    n't notice~ everything i =1.5
    n't notice~ how much =1.5
    everything i do around =1
    everything i do =0.7
    just appear~ =0.4
    the one people come to =1.5
    come~ to me when =1
    always put~ * first =0.7
    always say~ yes =1
    i always say yes =1
    expect~ me to =0.7
    only remember~ me when =1.5
    only .. remember~ me =1
    use~ me as =1
    use~ me for =1
    cover~ every =0.7
    # --- round 2 (generalisation): favours asked and not returned ---
    for the exposure =1.5
    yet to .. for me =1.5
    a charity case =1
    when .. need~ a lift =1.5
    when .. need~ a ride =1.5
    when .. need~ a favo* =1.5
    when .. need~ money =1.5
    only .. need~ a lift =1.5
    every time * need~ something =1.5
    every time they need~ =1.5
    every time he need~ =1.5
    every time she need~ =1.5
    every time they want~ =1.5
    every time he want~ =1.5
    every time she want~ =1.5
    now i need~ them =1.5
    now that i need~ them =1.5
    now i need~ help =1
    now that i need~ help =1.5
    like a cash machine =1.5
    their cash machine =1.5
    a cash machine for =1.5
    unpaid events =1.5
    unpaid coordinator =1.5
    unpaid taxi =1.5
    unpaid chauffeur =1.5
    unpaid assistant =1.5
    unpaid secretary =1.5
    unpaid planner =1.5
    unpaid counsellor =1.5
    unpaid counselor =1.5
    unpaid tech support =1.5
    unpaid driver =1.5
    only .. light~ up my phone =1.5
    chat only wake~ up when =1.5
    he need~ a lift =0.7
    she need~ a lift =0.7
    they need~ a lift =0.7
    now i need~ someone =1.5
    now that i need~ someone =1.5
    to the airport .. times =1.5
    free consulting =1
    take~ but never give~ =2
    only ever take~ =1.5
    never lift~ a finger =1.2
    n't lift~ a finger =1.2
    sponge~ off =1.5
    without getting anything back =2
    without getting anything in return =2
    done giving =1.5
    never .. get~ * wallet out =1.5
    # --- round 3 (new writers): help that vanishes when it is asked for ---
    suddenly everybody =1
    suddenly everyone's =1
    airport pickup~ =0.7
    airport pick-up~ =0.7
    airport run~ =1
    sponger =1.5
    scroung* =1
    a leech =1.5
    leech~ off =1.5

# ---------------------------------------------------------------------------------------------
facet mutuality
about Effort and care that go both ways: give and take, meeting halfway, showing up for each other.
source Clark, M. S. & Mills, J. (1979). Interpersonal attraction in exchange and communal relationships. Journal of Personality and Social Psychology 37(1); Sahlins (1972), generalized reciprocity; Putnam, R. D. (2000). Bowling Alone.

    give and take =1.5
    give-and-take =1.5
    two-way street =1.5
    two way street =1.5
    one-way street
    one way street
    one-way friendship =2
    one-way relationship =2
    one-way =0.5
    goes both ways =1.5
    go~ both ways =1.5
    went both ways =1.5
    flow~ both ways =1.5
    both ways =0.5
    both directions =0.5
    meet~ me halfway =1.5
    met me halfway =1.5
    meet~ * halfway
    meet~ in the middle
    it takes two
    effort on both sides =1.5
    equal partners
    fifty-fifty
    mutual respect =0.5
    mutual support =1.5
    mutual care =1.5
    mutual aid
    mutual effort =1.5
    mutual investment =1.5
    mutual exchange =1.5
    mutually =0.5
    there for each other =1.5
    look~ out for each other
    each other's back~ =1.5
    show~ up for each other =1.5
    check~ in on each other =1.5
    take~ care of each other
    took care of each other
    help~ each other out
    support~ each other
    lean~ on each other
    pull~ * own weight
    pull~ * weight
    up their end
    end of the bargain =1.5
    # --- everyday phrasing (2026.11 coverage sprint) ---
    help~ each other =1
    help~ one another =1
    look~ after each other =1
    watch~ each other's =1.5
    each other's kids =1.5
    we look~ out for =1
    help~ me back =1.5
    trade~ babysitting =1.5
    swap~ babysitting =1.5
    babysitting swap =1.5
    babysitting co-op =1.5
    swap~ favo* =1.5
    trade~ off =0.4
    unspoken deal =1.5
    unspoken agreement =1
    that's the deal =0.5
    gift economy =1.5
    timebank~ =1.5
    time bank =1.5
    buy nothing group =1
    tool library =1
    meal train =1.5
    meal trains =1.5
    community fridge =1
    neighbourly =0.7
    neighborly =0.7
    give~ back =0.5
    gave back =0.5
    give~ and receive~ =0.7
    pour~ back =1.5
    share~ the load =1
    share~ the work =1
    share~ the burden =1
    share~ the driving =1
    split~ the chores =1
    split~ the work =1
    split~ the housework =1
    split~ the load =1
    meet~ halfway =1
    lean~ on me =0.7
    would help me if =1
    help me if i asked =1
    someone else to =0.5
    help~ them back =1.5
    help~ you back =1
    had my back =0.7
    have my back =0.7
    got my back =0.7
    got your back =0.7
    # --- round 4 (arts, clubs and faith, city service work, columnists): general forms ---
    swap~ shifts =1.5
    we never discussed it =0.5
    nobody set it up =1
    nobody writes it down =1

# ---------------------------------------------------------------------------------------------
facet hosting-and-turns
about Equality matching in everyday life: taking turns hosting, paying, driving and cooking; potlucks, dishes and invitations that should come back around.
source Fiske, A. P. (1992). The four elementary forms of sociality: framework for a unified theory of social relations. Psychological Review 99(4), 689-723 (equality matching).

    their turn =0.5
    take~ a turn =1
    offer~ to take a turn =2
    whose turn it is to =1
    turn to host =1.5
    turn to drive =1
    turn to cook =0.7
    turn to call =1.5
    turn to reach out =1.5
    turn to invite =1.5
    turn to visit =1
    turn to treat =1.5
    take~ turns host~ =1.5
    took turns host~ =1.5
    take~ turns .. host~ =1.5
    took turns .. host~ =1.5
    take~ turns checking =1
    took turns checking =1
    take~ turns cooking =1
    took turns cooking =1
    take~ turns paying =1.5
    took turns paying =1.5
    take~ turns driving =1
    took turns driving =1
    always host~ =1.5
    host~ every =0.7
    host~ .. for * years =1.5
    host~ .. every year =1
    host~ thanksgiving =0.7
    host~ christmas =0.7
    hosting duties =1
    host~ so many =1
    hosted so many =1
    never host~ =1.5
    never once host~ =1.5
    n't host~ =1
    always the host =1.5
    never the guest =1.5
    chore wheel =1
    whoever host~ =1.5
    whoever cook~ =1
    whoever pay~ =1
    alternate~ who =1.5
    alternate~ hosting =1.5
    roles swap =1
    swap roles =1
    never .. visit~ me =1.5
    never .. come~ to visit =1.5
    n't visit~ me =1
    never .. cook~ for us =1.5
    never .. cook~ for me =1.5
    go to every one of =1
    n't been to one of my =1.5
    n't been to a single =1.5
    never been to one of my =1.5
    never .. come~ to one of my =1.5
    whenever i host =1.5
    someone else host~ =1.5
    people i .. visited =1
    ones i .. visited =1
    only one .. hosting =1.5
    only one .. inviting =1.5
    the one inviting =1.5
    the one hosting =1.5
    not once invite~ =1.5
    come~ to mine =1
    came to mine =1
    never come~ to mine =1.5
    never came to mine =1.5
    n't come~ to mine =1.5
    invited to hers =1.5
    invited to theirs =1.5
    invited to his =1
    been to hers =1
    been to theirs =1
    # --- round 2 (generalisation): turn-taking in everyday chores and rounds ---
    take~ turns doing =1
    take~ turns buying =1.5
    take~ turns picking =1
    take~ turns bringing =1
    take~ turns having =1
    take~ turns minding =1
    take~ turns babysitting =1
    babysitting rota =1.5
    # --- round 3 (new writers): hosting that never rotates ---
    place next time =1
    next time at * place =1
    at mine for * years =1
    at my place for * years =1
    at our place for * years =1
    at my house for * years =1
    suggest~ .. rotat* =1.5
    rotate~ hosting =1.5
    rotate~ who =1.5
    always at my place =1
    always at mine =1
    always at our place =1
    always at our house =1
    always at my house =1
    # --- round 4 (arts, clubs and faith, city service work, columnists): general forms ---
    take~ your turn =1
    take~ * turn at the front =1.5
    turn at the front =1

# ---------------------------------------------------------------------------------------------
facet ledger-imagery
about Images of balance and one-way flow: ledgers, scales, accounts, ropes held at one end, doors always opened by the same hand, wells and cups poured one way.
source Lakoff, G. (1996). Moral Politics, ch. 4 (the moral accounting metaphor); Lakoff, G. & Johnson, M. (1980). Metaphors We Live By.

    ledger in my head =2
    mental ledger =2
    ledger between us =2
    the ledger =0.5
    ledger of who =1.5
    balance the ledger =1.5
    balance sheet =0.7
    balance the books =0.7
    emotional bank account =2
    emotional bank =1.5
    make~ deposits =1
    withdrawals =0.5
    account you pay into =2
    pay~ into =0.5
    scale~ between us =2
    scale~ tip~ =1
    tip~ the scale~ =0.4
    balance between us =1.5
    on my side of the =1
    all on one side =1.5
    all on my side =1.5
    only on one side =1
    only goes one way =1.5
    goes one way =1
    only .. one direction =1
    flow~ one way =1.5
    flow~ in one direction =1.5
    one-way conversation~ =1.5
    hold~ .. one end =1.5
    held .. one end =1.5
    hold~ the rope =1
    holding the rope =1
    both ends =0.5
    hold~ up both ends =2
    held up both ends =2
    carry~ both ends =2
    both ends of the conversation =2
    both ends of the friendship =2
    both ends of the relationship =2
    no one on the other end =1.5
    nobody on the other end =1.5
    no one on the other side =1.5
    nobody on the other side =1.5
    open~ by the same hand =2
    the same hand =0.5
    always the same person =1
    always the same one =1
    always the one knocking =2
    the one knocking =1.5
    always knocking =1
    ball * in * court =1
    return~ the ball =0.7
    ball back =0.7
    refill~ the well =1
    draw~ from the well =0.7
    pour~ into =0.7
    pour~ into them =1.5
    pour~ into her =1
    pour~ into him =1
    pour~ into others =1
    pour~ into me =1.5
    pour~ and pour~ =2
    poured and poured =2
    empty cup =1
    pour~ from an empty cup =0.7
    the glue =0.5
    designated driver =0.5
    bank nobody =1.5
    like a seesaw =1
    a seesaw where =1
    boomerang that never =1.5
    always bring~ a dish =1
    what comes back =1
    what came back =1
    nothing comes back but =1
    like a bank =1
    water~ a plastic plant =1.5
    plastic plant =0.7
    one hand clapping =0.7
    runs one way =1
    only runs one way =1.5
    only .. one way =1
    from my end =1
    from their end =1
    from their side =1
    from my side =0.7
    nothing from their end =1.5
    relationship of one =1
    friendship of one =1.5
    # --- round 4 (arts, clubs and faith, city service work, columnists): general forms ---
    dish~ .. back =1
    tupperware .. back =1.5
    container~ .. back =1
    run~ on casserole~ =1.5
    run~ on favo* =1.5
    run~ on a kind of =1
    # --- round 4: more of the same forms ---
    economy of favo* =1.5
    quiet economy =1
    economy of kindness =1.5
    # --- round 5: tennis, directions and arrows ---
    like a tennis match =1.5
    tennis match where =1.5
    like playing tennis =1.5
    playing tennis with someone who =1.5
    ball .. back over the net =1.5
    over the net =0.5
    keep~ hit~ the ball =1
    mostly .. one direction =1.5
    travel~ in one direction =1.5
    travel~ one way =1
    all in one direction =1.5
    direction .. from me =1.5
    every arrow =1
    arrow~ point~ out =1.5
    arrow~ .. from me =1.5
    arrow~ .. outward =1.5

# ---------------------------------------------------------------------------------------------
# Exclusions: contexts where the words above do not describe reciprocity between people.
    - mutual fund~
    - mutual funds
    - reciprocal of
    - reciprocal lattice
    - reciprocal space
    - reciprocal tariff~
    - reciprocal trade
    - reciprocal agreement~
    - reciprocal bearing~          # navigation
    - reciprocal column~
    - reciprocal value~
    - count~ on                    # "trying not to count on it"
    - thanks but no thanks         # a refusal (rejection), not thanks withheld
    - reciprocal function~
    - reciprocating engine~
    - reciprocating saw~
    - reciprocating pump~
    - two-way radio~
    - two-way mirror~
    - two-way traffic
    - one-way ticket~
    - one-way trip~
    - one-way flight~
    - one-way mirror~
    - look~ both ways
    - looked both ways
    - cut~ both ways
    - cuts both ways
    - feel free to reach out
    - please reach out
    - don't hesitate to reach out
    - do not hesitate to reach out
    - reach~ out to us
    - reach~ out to customer
    - reach~ out to support
    - reach~ out for the
    - reach~ out * hand
    - the body keep~ score         # Van der Kolk's book title, trauma not exchange
    - chemical imbalance
    - hormonal imbalance
    - hormone imbalance
    - trade imbalance
    - electrolyte imbalance
    - one-sided view
    - one-sided story
    - one-sided argument
    - one-sided account
    - one-sided coverage
    - one-sided game
    - take~ * for granted that
    # --- exclusions added in the 2026.11 coverage sprint ---
    - in favo* of
    - in * favo*
    - in * own favo*
    - owe~ the bank
    - owe~ .. thousand
    - owe~ .. hundred
    - owe~ .. dollars
    - owe~ .. in taxes
    - owe~ .. on my
    - owe~ .. on the
    - owe~ .. loan~
    - owe~ .. mortgage
    - owe~ the irs
    - owe~ .. apology
    - owe~ .. explanation
    - owed .. thousand
    - take~ a turn for
    - took a turn for
    - candle at both ends
    - both ends meet
    - security deposit~
    - deposit~ * check
    - direct deposit~
    - mutual friend~
    - mutual fund
    - went fifty-fifty
    - go~ fifty-fifty
    - fifty-fifty chance
    - mutually exclusive
    - mutual understanding
    - mutual consent
    - vending machine~ in
    - designated driver for
    - pay~ into * pension
    - pay~ into * account
    - mental load of
    - lent a hand
    - keep~ score at
    - keep~ score for
    - kept score at
    - kept score for
    - keep~ the score
    - lend~ a hand
    - lent an ear
    - lend~ an ear
    - never give~ up
    - never gave up
    - only one way
    - one way or another
    - one way to
    - bring anything else
    # --- exclusions added in round 2 ---
    - one-sided cop*
    - one-sided print*
    - quick favo*
    - so much as look~
    - so much as glance~
    - everything right
    - unpaid bill~
    - unpaid invoice~
    - unpaid leave
    - unpaid intern*
    - unpaid parking
    - unpaid tax*
    - unpaid fine~
    - i'm not one of them
    - i am not one of them
    - i was not one of them
    - i wasn't one of them
    # --- exclusions added in round 3 ---
    - wasn't even asked
    - weren't even asked
    - reciprocals                  # fractions: maths, not exchange
    - owe~ my landlord             # rent arrears, not a debt of favour
    - owe~ the landlord
    - owe~ .. rent
