'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { errorMessage, useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { createRoomSchema } from '@/lib/schemas/programme';
import { createRoomAction, updateRoomAction } from '@/lib/server/actions/programme-rooms';
import type { ProgrammeRoomView } from '@/lib/server/queries/programme';

/** An empty number input means "not set". */
export const optionalNumber = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

export function RoomForm({ eventId, room }: { eventId: string; room?: ProgrammeRoomView }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm({
    schema: createRoomSchema,
    action: (input) => (room ? updateRoomAction({ ...input, roomId: room.id }) : createRoomAction(input)),
    defaultValues: { eventId, name: room?.name ?? '', capacity: room?.capacity ?? null, equipment: room?.equipment ?? '' },
    onSuccess: () => {
      setSaved(true);
      if (!room) form.reset();
      router.refresh();
    },
  });
  const id = (field: string) => `salle-${room?.id ?? 'nouvelle'}-${field}`;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2" onChange={() => setSaved(false)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{room ? 'Salle enregistrée.' : 'Salle ajoutée.'}</Alert> : null}
      <div className="grid items-end gap-3 sm:grid-cols-3">
        <Field id={id('nom')} label="Nom de la salle" error={errorMessage(errors.name)} required>
          {(control) => <input {...control} {...form.register('name')} type="text" className={inputClass} />}
        </Field>
        <Field id={id('places')} label="Places" error={errorMessage(errors.capacity)}>
          {(control) => (
            <input {...control} {...form.register('capacity', { setValueAs: optionalNumber })} type="number" min={1} inputMode="numeric" className={inputClass} />
          )}
        </Field>
        <Field id={id('equipement')} label="Équipement" hint="Vidéoprojecteur, sonorisation, tables…" error={errorMessage(errors.equipment)}>
          {(control) => <input {...control} {...form.register('equipment')} type="text" className={inputClass} />}
        </Field>
      </div>
      <Button type="submit" variant={room ? 'secondary' : 'primary'} disabled={submitting} className="self-start">
        {room ? 'Enregistrer la salle' : 'Ajouter la salle'}
      </Button>
    </form>
  );
}
