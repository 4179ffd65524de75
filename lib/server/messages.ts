// French messages shared by several actions ('use server' files may only export actions).
export const DUPLICATE_EMAIL = 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou utilisez une autre adresse.';
