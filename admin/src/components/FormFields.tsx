/**
 * The admin's form fields: the design system's field markup (label, control, hint or the server's error) written once.
 * They share one module so that the pages using several of them load one small chunk.
 */
import type * as React from 'react';
import {
  Field,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  type TextInputProps,
  Textarea,
  Toggle,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

/** What every form field has: its name (the key of the server's field errors), label, hint and error. */
export interface FieldFrameProps {
  name: string;
  /** Left out for a control that carries its own label (a checkbox). */
  label?: React.ReactNode;
  /** Shown under the control while there is no error. */
  hint?: string;
  /** The server's message for this field. */
  error?: string;
  required?: boolean;
}

/** A design-system field around any control: label, the control, then its hint or error (each only when there is one). */
export const FormField = ({ name, label, hint, error, required, children }: FieldFrameProps & { children: React.ReactNode }) => (
  <Field.Root name={name} error={error} hint={hint} required={required}>
    {label ? <Field.Label>{label}</Field.Label> : null}
    {children}
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

interface TextFieldProps extends FieldFrameProps, Pick<TextInputProps, 'disabled' | 'placeholder' | 'autoComplete' | 'list'> {
  value: string;
  onChange: (value: string) => void;
  type?: 'url' | 'password';
}

/** A one-line text field. */
export const TextField = ({ name, label, hint, error, required, onChange, ...input }: TextFieldProps) => (
  <FormField name={name} label={label} hint={hint} error={error} required={required}>
    <TextInput {...input} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} />
  </FormField>
);

interface TextareaFieldProps extends FieldFrameProps {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/** A multi-line text field. */
export const TextareaField = ({ value, onChange, disabled, ...field }: TextareaFieldProps) => (
  <FormField {...field}>
    <Textarea
      value={value}
      disabled={disabled}
      onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
    />
  </FormField>
);

interface NumberFieldProps extends FieldFrameProps {
  /** undefined = empty. */
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  disabled?: boolean;
  /** How the number is written (decimal separator…); the design system's default when left out. */
  locale?: string;
}

/** A number field. */
export const NumberField = ({ value, onChange, disabled, locale, ...field }: NumberFieldProps) => (
  <FormField {...field}>
    <NumberInput value={value} locale={locale} disabled={disabled} onValueChange={onChange} />
  </FormField>
);

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> extends FieldFrameProps {
  value: T;
  /** In the order shown; an option whose value is '' stands for "all", "default" or "automatic". */
  options: readonly SelectOption<T>[];
  /** Called with one of the options' values only. */
  onChange: (value: T) => void;
  disabled?: boolean;
  size?: 'S' | 'M';
}

/** A drop-down field whose value is one of its options'. */
export const SelectField = <T extends string>({ value, options, onChange, disabled, size, ...field }: SelectFieldProps<T>) => (
  <FormField {...field}>
    <SingleSelect
      size={size}
      value={value}
      disabled={disabled}
      onChange={(picked) => {
        const option = options.find((known) => known.value === String(picked));
        if (option) onChange(option.value);
      }}
    >
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </FormField>
);

interface ToggleFieldProps extends FieldFrameProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** The two sides of the toggle; "On" and "Off" when left out. */
  onLabel?: string;
  offLabel?: string;
}

/** A yes / no field shown as a two-sided toggle. */
export const ToggleField = ({ checked, onChange, disabled, onLabel, offLabel, ...field }: ToggleFieldProps) => {
  const { formatMessage } = useIntl();
  return (
    <FormField {...field}>
      <Toggle
        checked={checked}
        disabled={disabled}
        onLabel={onLabel ?? formatMessage({ id: getTranslation('common.on'), defaultMessage: 'On' })}
        offLabel={offLabel ?? formatMessage({ id: getTranslation('common.off'), defaultMessage: 'Off' })}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      />
    </FormField>
  );
};
