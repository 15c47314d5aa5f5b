-- The cadres the cadre service announced (CadreRegistered), kept by the consumer that
-- fills posts from CadreAppointed: a post goes only to a cadre registered in the county
-- (issue 13: a reaction that changes authority checks what it refers to).
CREATE TABLE known_cadres (
    cadre_id      text PRIMARY KEY,
    division_code text
);
