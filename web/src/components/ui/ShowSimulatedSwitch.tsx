import { Switch } from '@mantine/core';

interface ShowSimulatedSwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** Lets a working view show the simulated history too; its rows then carry the Simulated badge. */
export function ShowSimulatedSwitch({ checked, onChange }: ShowSimulatedSwitchProps) {
  return (
    <Switch
      label="Show simulated"
      description="Posts of the simulated Sandbox history"
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
