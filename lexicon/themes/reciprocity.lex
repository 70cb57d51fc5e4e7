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

lexicon essay-themes
version 2026.11.0
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
    non-reciprocal =1.5
    unrequited =1.5
    unreturned =1.5
    norm of reciprocity =2
    mutuality =1.5
    gouldner
    mauss =0.5
    sahlins =0.5
    social exchange =1.5
    exchange theory =1.5
    gift economy
    obligation to reciprocate =2
    obligation to return =1.5
    obligation to repay =1.5
    obligation to give
    wasn't reciprocated =2
    isn't reciprocated =2
    not reciprocated =2
    never reciprocated =2
    never reciprocate~ =2
    didn't reciprocate =2
    don't reciprocate =2
    doesn't reciprocate =2
    wasn't mutual =1.5
    isn't mutual =1.5
    not mutual =1.5
    never mutual =1.5
    wasn't returned =1.5
    never returned =0.5       # weak alone ("never returned home"); stronger phrases below

# ---------------------------------------------------------------------------------------------
facet one-sided-effort
about Effort, care and attention that flow one way only; being the one who always shows up, listens, plans and tries.
source Walster, E., Walster, G. W. & Berscheid, E. (1978). Equity: Theory and Research. Allyn & Bacon; with Gouldner (1960).

    one-sided
    one sided
    one-sided friendship =2
    one-sided friendships =2
    one-sided relationship =2
    one-sided relationships =2
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
    put~ in more effort
    more effort than
    all the heavy lifting
    zero effort
    no effort
    made no effort =1.5
    make~ no effort =1.5
    never made an effort =1.5
    never make~ an effort =1.5
    never made the effort =1.5
    never make~ the effort =1.5
    equal effort =1.5
    the only one making an effort =2
    the only one making
    the only one trying =1.5
    the only one who tri~ =1.5
    the only one who care~ =1.5
    the only one who cared =1.5
    the only one putting in =2
    cared more than
    care~ more than =0.5
    always the one =0.5
    i'm always the one =1.5
    i was always the one =1.5
    always the one who
    always the one to
    always the one giving =2
    always the one who give~ =2
    always the one who listen~ =1.5
    always the one who apologi* =1.5
    always the one to apologi* =1.5
    always the one who show~ up =2
    always the one who drive~ =1.5
    carry~ the friendship =1.5
    carried the friendship =1.5
    carry~ the relationship =1.5
    carried the relationship =1.5
    did all the work =1.5
    do~ all the work =1.5
    emotional labor
    emotional labour
    invisible labor =0.5
    invisible labour =0.5
    mental load =0.5
    give and give =2
    gave and gave =2
    giving and giving =2
    gave too much
    give~ too much
    give~ more than i receive~ =1.5
    gave more than i got =1.5
    give~ more than i get =1.5
    overgiv* =1.5
    over-giv* =1.5
    match~ my effort =2
    match~ * effort =1.5
    match~ my energy =1.5
    match~ * energy
    same energy =0.5
    return~ the effort =1.5
    never return~ the effort =2
    effort wasn't returned =2
    effort was never returned =2
    effort isn't returned =2
    never ask~ about me =2
    never asked about me =2
    never ask~ how i'm doing =2
    never ask~ how i am =2
    never ask~ how i was =2
    never asked how i was =2
    never once ask~ =1.5
    never ask~ about my =1.5
    didn't ask about me =1.5
    don't ask about me =1.5
    doesn't ask about me =1.5
    no one ask~ how i =1.5
    nobody ask~ how i =1.5
    no one ask~ about me =1.5
    nobody ask~ about me =1.5
    only talk~ about themselves =1.5
    only talk~ about herself =1.5
    only talk~ about himself =1.5
    always about them
    always about her
    always about him
    never about me =1.5
    listen~ to their problems
    listen~ to her problems =0.5
    listen~ to his problems =0.5
    their therapist
    free therapist =1.5
    unpaid therapist =1.5
    emotional dumping
    i show~ up for =0.5
    nobody show~ up for me =2
    no one show~ up for me =2
    never show~ up for me =2
    never showed up for me =2
    wasn't there for me =2
    weren't there for me =2
    never there for me =2
    never been there for me =2
    not there for me =1.5
    always there for them =1.5
    always there for everyone =1.5
    there for everyone
    where were they when =2
    where were they =1
    where were you when =1.5
    when i needed them =1.5
    when i needed help

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
    don't reach out
    keep~ reaching out =1.5
    kept reaching out =1.5
    stop~ reaching out =1.5
    who reach~ out
    who reach~ out to whom =2
    who reach~ out first =2
    the one who reach~ out =1.5
    the only one reaching out =2
    the only one who reach~ out =2
    always the one who reach~ out =2
    always the one to reach out =2
    the one who call~ =1.5
    the only one who call~ =2
    always the one who call~ =2
    always the one to call =2
    i always call =1.5
    i always text first =2
    i always initiat* =2
    i always check in =1.5
    i always host =1.5
    the one who text~ =1.5
    the only one who text~ =2
    always the one who text~ =2
    always the one to text =2
    always the one who initiat* =2
    always the one to initiate =2
    the one who initiat* =1.5
    who initiat* =0.5
    initiat* contact =1.5
    initiat* plans =1.5
    never initiat* =1.5
    always the one making plans =2
    always the one who make~ plans =2
    the one who make~ plans =1.5
    the only one who make~ plans =2
    never make~ plans =1.5
    never made plans =1.5
    always the one who check~ in =2
    always the one to check in =2
    the only one who check~ in =2
    never check~ in =1.5
    never check~ on me =1.5
    never checked in =1.5
    never checked on me =1.5
    text~ first
    call~ first =0.5
    never text~ first =2
    who text~ who =1.5
    who call~ who =1.5
    who calls whom =1.5
    text~ back =0.5
    text~ me back =0.5
    never text~ back =2
    never text~ me back =2
    nobody text~ back =2
    no one text~ back =2
    didn't text back =1.5
    didn't text me back =1.5
    doesn't text back =1.5
    don't text back
    never text~ =1.5
    never text~ me =1.5
    never message~ me =1.5
    never message~ first =2
    never call~ =1
    never call~ me =1.5
    never call~ back =1.5
    never call~ me back =2
    never called back =1.5
    didn't call back =1.5
    didn't call me back =1.5
    nobody call~ back =2
    no one call~ back =2
    return~ my call~
    return~ * call~ =0.5
    never return~ * call~ =2
    never return~ my message~ =2
    never return~ * text~ =2
    unreturned call~ =2
    unanswered call~
    write~ back =0.5
    never wrote back =1.5
    never write~ back =1.5
    invite~ * back =1
    never invite~ * back =2
    never invited us back =2
    never invited me back =2
    return~ the invitation =1.5
    return~ the invite~ =1.5
    always the one who host~ =1.5
    always the host =1
    always hosting =1
    never host~ =1
    my turn to host
    remember~ their birthday~
    i remember~ * birthday~
    forgot mine =1.5
    forget~ mine =1.5
    forgotten mine =1.5
    effort to keep in touch
    effort to stay in touch
    the only one keeping in touch =2
    the only one staying in touch =2
    only one keeping in touch =2
    i was the one who =0.5
    i'm the one who =0.5

# ---------------------------------------------------------------------------------------------
facet owing-and-repaying
about Debts of favour and gratitude: owing, returning the favour, paying back, gifts that call for a return.
source Mauss, M. (1925). Essai sur le don (The Gift); Gouldner (1960) on indebtedness and repayment.

    owe~ me =1.5
    owed me =1.5
    owe~ them
    owe~ her
    owe~ him
    owe~ us
    owe~ you =0.5
    owe~ you one =1.5
    owe~ * one
    owe~ * a favor =1.5
    owe~ * a favour =1.5
    owe~ nothing
    owe~ anyone
    owe~ anybody
    owe~ * anything
    i owe~ =0.5
    i'm owed =1.5
    we're owed
    what i'm owed =1.5
    debt of gratitude =1.5
    in my debt =1.5
    in your debt =1.5
    in their debt =1.5
    in his debt =1.5
    in her debt =1.5
    indebted~
    return~ the favor =1.5
    return~ the favour =1.5
    return~ * favor
    return~ * favour
    returned the favor =1.5
    never return~ the favor =2
    never return~ the favour =2
    repay~ =0.5
    repaid =0.5
    repay~ the favor =1.5
    repay~ the favour =1.5
    repay~ * kindness =1.5
    repay~ the kindness =1.5
    never repay~
    never repaid
    return~ the kindness =1.5
    return~ the gesture =1.5
    return~ the gift =1.5
    gift~ in return =1.5
    a favor for a favor =1.5
    a favour for a favour =1.5
    trade~ favors
    trade~ favours
    call~ in a favor
    call~ in a favour
    call~ in * favors
    call~ in * favours
    owed * favor
    owed * favour
    favors owed
    favours owed
    pay~ it back
    pay~ * back =0.5
    pay~ them back
    pay~ you back
    paid them back
    paid you back
    paid me back
    paid it back
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
    we're square
    my turn to pay
    your turn to pay
    their turn to pay
    whose turn
    never pay~ their share =1.5
    pay~ their share
    never pick~ up the check =1.5
    never picked up the check =1.5
    never picks up the tab =1.5
    never pick~ up the tab =1.5
    exchang~ gifts =0.5
    gift-giving =0.5

# ---------------------------------------------------------------------------------------------
facet keeping-score
about Balanced, conditional or transactional exchange: tallying who gave what, expecting a return, strings attached.
source Sahlins, M. (1972). Stone Age Economics (generalized, balanced and negative reciprocity); Blau, P. M. (1964). Exchange and Power in Social Life.

    keep~ score =1.5
    kept score =1.5
    keep~ track of who =1.5
    kept track of who =1.5
    keep~ a tally =1.5
    kept a tally =1.5
    keep~ a ledger =1.5
    kept a ledger =1.5
    emotional ledger =1.5
    ledger =0.5
    scorekeeping =1.5
    score-keeping =1.5
    who owes who =1.5
    who owes whom =1.5
    who paid last =1.5
    who paid for
    count~ favors =1.5
    count~ favours =1.5
    counting favours =1.5
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
    what's in it for
    cost-benefit
    costs and benefits =0.5
    strings attached
    no strings attached
    with strings attached =1.5
    in return
    nothing in return =1.5
    anything in return
    something in return =1.5
    expect~ something in return =1.5
    expect~ nothing in return =1.5
    expect~ * in return
    without expecting anything in return
    in exchange for =0.5
    fair exchange
    even exchange
    fair share =0.5
    more than my share
    more than my fair share
    more than * fair share
    balance~ the scales
    the scales * balanced =0.5
    even~ the score =0.5
    settle~ the score =0.5
    tally =0.5
    conditional love =0.5
    conditional friendship =1.5

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
    used me for
    take~ advantage of me =2
    took advantage of me =2
    taken advantage of =1.5
    take~ advantage of my =1.5
    took advantage of my =1.5
    exploit~ me =1.5
    exploitative
    only call~ when * need~ =2
    only call~ me when =2
    only text~ me when =2
    only text~ when =1.5
    only reach~ out when =2
    only hear from * when =2
    only heard from * when =2
    only hear~ from them when =2
    only when they need~ =1.5
    only when it suit~ =1.5
    when they need something =1.5
    when * need~ something =1.5
    when they need~ a favor =1.5
    when they need~ a favour =1.5
    when it's convenient
    when it suit~ them =1.5
    convenient for them
    fair-weather friend~ =2
    fair weather friend~ =2
    fair-weather =0.5
    freeload* =1.5
    mooch* =1.5
    emotional vampire~
    energy vampire~
    givers and takers =1.5
    a taker
    such a taker =1.5
    takers =0.5
    the giver =0.5
    i was the giver
    take~ and take~ =2
    took and took =2
    take~ without giving =2
    took without giving =2
    take~ and never give~ =2
    never give~ back =1.5
    never gave back =1.5
    never giving back =1.5
    give~ nothing back =1.5
    gave nothing back =1.5
    get~ nothing back =1.5
    got nothing back =1.5
    got nothing in return =2
    nothing back =1
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
    never say~ thank you =1.5
    not even a thank you =1.5
    not even a thank-you =1.5
    doormat
    walk~ all over me
    walked all over me
    bend~ over backwards =0.5
    bent over backwards =0.5

# ---------------------------------------------------------------------------------------------
facet mutuality
about Effort and care that go both ways: give and take, meeting halfway, showing up for each other.
source Clark, M. S. & Mills, J. (1979). Interpersonal attraction in exchange and communal relationships. Journal of Personality and Social Psychology 37(1); Sahlins (1972), generalized reciprocity; Putnam, R. D. (2000). Bowling Alone.

    give and take =1.5
    give-and-take =1.5
    two-way street =1.5
    two way street =1.5
    two-way =0.5
    one-way street
    one way street
    one-way friendship =2
    one-way relationship =2
    one-way =0.5
    goes both ways =1.5
    go both ways =1.5
    went both ways =1.5
    going both ways =1.5
    flow~ both ways =1.5
    both ways =0.5
    both directions =0.5
    meet~ me halfway =1.5
    meet~ * halfway
    meet~ each other halfway =1.5
    meet~ in the middle
    it takes two
    takes two to
    effort on both sides =1.5
    equal partners
    fifty-fifty
    fifty fifty
    mutual respect =0.5
    mutual support =1.5
    mutual care =1.5
    mutual aid
    mutual effort =1.5
    mutual investment =1.5
    mutual trust =0.5
    mutual exchange =1.5
    mutually =0.5
    there for each other =1.5
    look~ out for each other
    have each other's back~ =1.5
    had each other's back~ =1.5
    got each other's back~ =1.5
    show~ up for each other =1.5
    showed up for each other =1.5
    check~ in on each other =1.5
    take~ care of each other
    took care of each other
    help~ each other out
    support~ each other
    lean~ on each other
    pull~ * own weight
    pull~ their weight
    pull~ my weight
    hold~ up their end
    held up their end
    keep~ up their end
    kept up their end
    end of the bargain =1.5
    take~ turns =0.5

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
    - the body keep~ the score      # Van der Kolk's book title, trauma not exchange
    - the body keep~ score
    - body keeps the score
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
    - no takers
    - take~ * for granted that
