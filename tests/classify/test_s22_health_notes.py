"""Twenty-second session: health data in the forms clinical notes and carers write.

- Results without units ("sats 91%, RR 22", "CRP 120, Hb 85", "last hba1c was 71"): a name only
  the clinic uses counts with a person or beside another result on its line; one that is other
  things too (sats, Hb, INR, PSA) only beside another result; HR, RR, K, Na only beside a
  clinical name. Not school tests ("SATs 105"), satoshis, rupees ("INR 12 lakh"), card grades,
  GPT versions, years ("BNP 2024"), reference ranges, soil tests, or a lone "HR 104".
- Medical devices someone lives with, in seven languages ("has a stoma", "hat einen
  Blasenkatheter", "ma rozrusznik serca"); not a race's pacemaker or a cluster's, not a shop's
  stock, not a device someone designs, not a question about how a device works.
- Medicines written the French way (furosémide, fluoxétine, salmétérol) and combinations
  ("Entresto 49/51 mg"); signs by their Greco-Latin ending (hématurie, Tachykardie, dyspneu,
  rectorragies), not a pet's, not "verborrea", Picardie or "un pneu"; ward shorthand (AKI,
  DNACPR, LRTI, BPCO, POChP; CAP only beside a history cue, not the EU's farm policy);
  pregnancy weeks ("semaines d'aménorrhée"); an illness after a German or Dutch verb whose
  subject follows it ("Seit drei Tagen habe ich Fieber", "Sinds gisteren heb ik koorts").

The rows are written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

HEALTH = "health"

FOUND = [
    ("Mr Jones in bed 4: sats 91% on 2L, RR 22, HR 104, temp 38.2", "sats 91%"),
    ("Mr Jones in bed 4: sats 91% on 2L, RR 22, HR 104, temp 38.2", "RR 22"),
    ("Mr Jones in bed 4: sats 91% on 2L, RR 22, HR 104, temp 38.2", "temp 38.2"),
    ("Bed 7, Mrs Patel: CRP 120, Hb 85, eGFR 35, K 5.9, Na 128", "K 5.9"),
    ("my mum: creat 142 (was 198), urea 12", "creat 142"),
    ("my last hba1c was 71, is that bad?", "hba1c was 71"),
    ("his CRP was 120 this morning", "CRP was 120"),
    ("Laborwerte meines Vaters: Krea 1,8, Hb 10,2", "Krea 1,8"),
    ("Mia madre: glicemia 240 stamattina, PA 160/95", "PA 160/95"),
    ("Mój tata: saturacja 88%, tętno 110", "tętno 110"),
    ("Mój tata: kreatynina 2,1, CRP 80", "kreatynina 2,1"),
    ("Since we got the dog, my mum's arthritis is worse.", "arthritis"),
    ("Bij mijn vader: Hb 6,1 en kreat 180", "kreat 180"),
    ("Mon père : FEVG 30 %, il est essoufflé", "FEVG 30 %"),
    ("My dad has a pacemaker since March.", "has a pacemaker"),
    ("My mum has a stoma and needs help with the bag.", "stoma"),
    ("Mein Vater hat einen Blasenkatheter.", "Blasenkatheter"),
    ("Ma mère a une sonde urinaire depuis l'opération.", "sonde urinaire"),
    ("Mi padre lleva marcapasos desde 2019.", "lleva marcapasos"),
    ("Mój tata ma rozrusznik serca.", "rozrusznik serca"),
    ("Mijn moeder heeft een insulinepomp.", "insulinepomp"),
    ("My son has an insulin pump.", "insulin pump"),
    ("My dad uses a CPAP machine at night.", "CPAP machine"),
    ("Mio padre ha il catetere da una settimana.", "catetere"),
    ("Mon père prend du furosémide 40 mg le matin.", "furosémide 40 mg"),
    ("Ma mère prend de la fluoxétine le soir.", "prend de la fluoxétine"),
    ("Mon fils a du salmétérol 50 µg le matin.", "salmétérol 50 µg"),
    ("Mein Vater nimmt Entresto 49/51 mg zweimal täglich.", "Entresto 49/51 mg"),
    ("My dad has hematuria again.", "hematuria"),
    ("Mein Vater hat eine Hämaturie.", "Hämaturie"),
    ("Ma mère a des rectorragies depuis 3 mois.", "rectorragies"),
    ("Mein Sohn hat Tachykardie.", "Tachykardie"),
    ("Mijn vader heeft dyspneu bij inspanning.", "dyspneu"),
    ("Patiente à 32 semaines d'aménorrhée, TA correcte.", "semaines d'aménorrhée"),
    ("Mr Jones, 78, admitted with AKI on CKD.", "AKI"),
    ("DNACPR in place for Mrs Smith.", "DNACPR"),
    ("Pt 67M, hx of CAP last winter, now LRTI.", "CAP"),
    ("Mon père a une BPCO.", "BPCO"),
    ("Mój tata ma POChP.", "POChP"),
    ("Seit drei Tagen habe ich Fieber.", "Fieber"),
    ("Sinds gisteren heb ik koorts.", "koorts"),
    ("Heute hat er Grippe, er kommt nicht.", "Grippe"),
]

NOT_FOUND = [
    "My daughter got SATs 105 in maths, so proud of her.",
    "The Indian price is INR 500 and the HR 2024 report is out.",
    "HR 104, RR 22",
    "My hotel bill was INR 1200 for two nights, Sat 12 May.",
    "Normal range: CRP 0 to 5, Hb 130 to 170.",
    "Q3 results: HR 12 hires, EF 3",
    "Zielwert HbA1c unter 7",
    "My BNP 2024 statement shows the fees.",
    "CRP: what does it stand for? CRP 2 is the second module.",
    "Kipchoge ran behind a pacemaker for the first 30 km and he won.",
    "The pacemaker dropped out at 30 km; he went on alone.",
    "The shop sells insulin pumps and glucose sensors.",
    "How does a stoma work?",
    "The Picardie region and the Ricardia bakery are in the brochure.",
    "Il a acheté un pneu neuf pour sa voiture.",
    "La correa del perro es azul.",
    "Le chat a une tachycardie, dit le vétérinaire.",
    "My dad says our dog has tachycardia.",
    "The fare was INR 500, HR 104, RR 22 in the ad.",
    "I asked GPT 4 to summarise my notes.",
    "My PSA 10 Charizard sold for a lot.",
    "I was offered INR 12 lakh per year at my new job.",
    "I have 100 sats, my wallet shows sats 90 pending.",
    "Weather: Fri 40%, Sat 80%, temp 34 max.",
    "Soil test: Urea 46% applied, pH 6.5, Mg 120.",
    "Mi jefe tiene verborrea, no para de hablar.",
    "Mi vecino aporrea la puerta cada noche.",
    "I set up an HA cluster with Pacemaker and Corosync for my team.",
    "Los marcapasos de Kipchoge se retiraron en el km 30.",
    "I'm designing a catheter for my master's thesis.",
    "The EU CAP reform and IAM roles for my team.",
    "Our IRC channel and the HTA report for my manager.",
    "Hoffentlich habe ich Fieber nicht vergessen, das Lied von gestern.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_health_in_note_forms_is_found(classifier: Classifier, text: str, value: str) -> None:
    """The span is a health finding."""
    assert value in found(classifier, text, HEALTH)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_look_alikes_stay_out(classifier: Classifier, text: str) -> None:
    """No health finding."""
    assert found(classifier, text, HEALTH) == []
