"""Names that denote brands, eponyms, famous and fictional persons or example persons, not a
person in the request (lower case, particles included, "&" left out: "johnson johnson").

Hand-written: the fashion and drinks brands, firms and clubs named after their founders
("Hugo Boss", "Douwe Egberts", "Paris Saint-Germain"), the historical, artistic and scientific
figures prompts discuss as history in the seven languages ("Napoléon Bonaparte", "Dante
Alighieri", "Mikołaj Kopernik"), characters of books and films ("Jane Eyre", "Amélie Poulain"),
and the example persons of forms ("Max Mustermann", "Jan Kowalski"). A person in the request
with such a name is rare; a text about the figure is common. Names many people bear are left
out ("Michael Jackson", "Enzo Ferrari", "Antonio Machado", "Johannes Vermeer").
"""

from __future__ import annotations

from proxy.classify._base import words

EPONYMS = frozenset(
    words(
        "hugo boss|calvin klein|ralph lauren|tommy hilfiger|louis vuitton|christian dior|"
        "yves saint laurent|giorgio armani|karl lagerfeld|marc jacobs|michael kors|kate spade|"
        "estée lauder|coco chanel|jack daniels|jack daniel|johnnie walker|paul smith|ted baker|"
        "jimmy choo|stella mccartney|vera wang|walt disney|mercedes benz|harley davidson|"
        "aston martin|rolls royce|morgan stanley|goldman sachs|wells fargo|dow jones|"
        "arthur andersen|jack wolfskin|tom tailor|max mara|ben jerry|tim hortons|wendy's|"
        "jaś fasola|jasia fasoli|jasia fasolę|jasiem fasolą|dr oetker|kinder bueno|"
        "mikołaj kopernik|mikołaja kopernika|mikołajowi kopernikowi|mikołaju koperniku|"
        "victor hugo|charles de gaulle|albert einstein|marie curie|isaac newton|"
        "leonardo da vinci|galileo galilei|nelson mandela|martin luther king|martin luther|"
        "abraham lincoln|george washington|john kennedy|john f|winston churchill|"
        "konrad adenauer|willy brandt|ludwig van beethoven|wolfgang amadeus mozart|"
        "johann sebastian bach|giuseppe garibaldi|giuseppe verdi|miguel de cervantes|"
        "federico garcía lorca|frédéric chopin|karl marx|rosa luxemburg|simón bolívar|"
        "anne frank|vincent van gogh|thomas edison|nikola tesla|alan turing|ada lovelace|"
        "florence nightingale|jean jaurès|jean moulin|louis pasteur|pierre curie|jules verne|"
        "jean monnet|robert schuman|alcide de gasperi|johann wolfgang|friedrich schiller|"
        "heinrich heine|thomas mann|max planck|robert koch|otto hahn|werner heisenberg|"
        "harry potter|sherlock holmes|hercule poirot|james bond|anna karenina|madame bovary|"
        "peter pan|robin hood|don quijote|don quixote|mickey mouse|donald duck|jean valjean|"
        "john doe|jane doe|john smith|jane smith|max mustermann|erika mustermann|mario rossi|"
        "jan jansen|jan kowalski|anna kowalska|juan pérez|jean dupont|joe bloggs|fred bloggs|"
        "richard roe|jan novák|hans muster|john q|santa claus|otto versand|harley quinn|"
        "earl grey|grant thornton|jack russell|baker mckenzie|price waterhouse|roger rabbit|"
        "mario kart|bugs bunny|lara croft|indiana jones|luke skywalker|darth vader|"
        # famous people a prompt discusses as history, art or science, and fictional ones
        "charles darwin|napoléon bonaparte|napoleon bonaparte|christopher columbus|"
        "cristóbal colón|cristoforo colombo|christophe colomb|krzysztof kolumb|"
        "antoni van leeuwenhoek|rembrandt van rijn|"
        "willem van oranje|pablo picasso|salvador dalí|francisco de goya|"
        "miguel de unamuno|benito pérez galdós|gabriel garcía márquez|"
        "pablo neruda|dante alighieri|alessandro manzoni|giacomo leopardi|niccolò machiavelli|"
        "michelangelo buonarroti|enrico fermi|guglielmo marconi|maria montessori|"
        "giuseppe mazzini|immanuel kant|friedrich nietzsche|sigmund freud|otto von bismarck|"
        "jean-paul sartre|simone de beauvoir|albert camus|émile zola|jean-jacques rousseau|"
        "jeanne d'arc|charles baudelaire|antoine de saint-exupéry|claude monet|paul cézanne|"
        "maria skłodowska-curie|józef piłsudski|adam mickiewicz|juliusz słowacki|"
        "fryderyk chopin|henryk sienkiewicz|janusz korczak|william shakespeare|"
        "charles dickens|jane austen|stephen hawking|john lennon|elvis presley|"
        "marilyn monroe|freddie mercury|johan cruijff|johan cruyff|"
        "jane eyre|oliver twist|amélie poulain|tom sawyer|huckleberry finn|effi briest|"
        "max havelaar|pippi langstrumpf|pippi calzelunghe|lucky luke|emma bovary|"
        "forrest gump|frodo baggins|hermione granger|homer simpson|bart simpson|"
        # firms and clubs named after people
        "douwe egberts|albert heijn|johnson johnson|procter gamble|marks spencer|"
        "dolce gabbana|jean paul gaultier|salvatore ferragamo|ermenegildo zegna|"
        "adolfo domínguez|ferdinand porsche|paris saint-germain|"
        "reyes católicos|bodegas torres|"
        # heads of state and government, party leaders and athletes the news of the seven
        # countries name, 2024–2026 (rare as the names of anyone else)
        "emmanuel macron|olaf scholz|friedrich merz|angela merkel|frank-walter steinmeier|"
        "mark rutte|dick schoof|geert wilders|keir starmer|rishi sunak|"
        "boris johnson|marine le pen|jordan bardella|giorgia meloni|sergio mattarella|"
        "elly schlein|matteo salvini|mario draghi|silvio berlusconi|jannik sinner|"
        "alberto núñez feijóo|núñez feijóo|santiago abascal|donald tusk|jarosław kaczyński|"
        "andrzej duda|karol nawrocki|rafał trzaskowski|mateusz morawiecki|donald trump|"
        "joe biden|kamala harris|vladimir putin|volodymyr zelensky|wolodymyr selenskyj|"
        "elon musk|xi jinping|"
        # resistance and golden-age figures school talks are about
        "lucie aubrac|hans scholl|sophie scholl|georg elser|claus schenk graf von stauffenberg|"
        "michiel de ruyter|"
        # characters of the novels school reading lists give, and the ALS eponym
        "irene adler|javert|gavroche|sancho panza|dulcinea del toboso|sansón carrasco|"
        "renzo tramaglino|lucia mondella|don abbondio|lou gehrig|"
        # the example persons of Spanish forms ("Anna Nowak", Poland's, is too common a name)
        "juan español|español español|fulano de tal"
    )
)
